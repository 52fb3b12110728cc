package org.dialoguetracker.report;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationSummary;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.statement.StatementView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the text of a meeting's report from its records, in English and in Russian, as report text
 * ({@link ReportText}): what a draft starts from and what "Regenerate from the records" offers. It reads the records
 * through {@link MeetingReportService}, as researchers see them, so the text never says more than the meeting's
 * rule allows: speakers' names only under NAMED, sides only where the statement's attribution allows them,
 * institutions only as the report may list them. A text missing in one language stands in as a marked passage of
 * the other ({@code [en]…[/en]}), for a translator to replace.
 */
@Service
public class ReportGenerator {

    private static final List<String> LANGUAGES = List.of("en", "ru");

    private final MeetingReportService reports;

    private final InstitutionNames institutionNames;

    private final MessageSource messages;

    ReportGenerator(MeetingReportService reports, InstitutionNames institutionNames, MessageSource messages) {
        this.reports = reports;
        this.institutionNames = institutionNames;
        this.messages = messages;
    }

    /** The generated text of every section, in both languages; FOREWORD is empty. */
    @Transactional(readOnly = true)
    public Map<SectionKind, Bilingual> generate(Long meetingId, KeyPointGrouping grouping) {
        MeetingReport report = reports.report(meetingId, "en");
        List<Group> groups = grouping == KeyPointGrouping.BY_SESSION
                ? bySession(report.meeting(), reports.publicStatements(meetingId))
                : byTopic(report);
        List<ReportDocument.InstitutionName> en = institutionNames.of(report.institutions(), "en");
        List<ReportDocument.InstitutionName> ru = institutionNames.of(report.institutions(), "ru");
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.TITLE, both(lang -> title(report.meeting(), lang)));
        texts.put(SectionKind.FOREWORD, Bilingual.EMPTY);
        texts.put(SectionKind.INSTITUTIONS, both(lang -> institutions(report, "ru".equals(lang) ? ru : en, lang)));
        texts.put(SectionKind.SUMMARY, both(lang -> summary(report.meeting(), lang)));
        texts.put(SectionKind.KEY_POINTS, both(lang -> keyPoints(groups, lang)));
        texts.put(SectionKind.RECOMMENDATIONS, both(lang -> recommendations(report.recommendations(), lang)));
        return texts;
    }

    private static Bilingual both(Function<String, String> text) {
        return new Bilingual(text.apply("en"), text.apply("ru"));
    }

    private String title(MeetingDetails meeting, String lang) {
        Text text = new Text();
        text.heading(inline(meeting.title(), lang));
        text.paragraph(inline(meeting.dialogue(), lang));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale(lang));
        StringBuilder when = new StringBuilder();
        if (meeting.startDate() != null) {
            when.append(format.format(meeting.startDate()));
            LocalDate end = meeting.endDate();
            if (end != null && !end.equals(meeting.startDate())) {
                when.append(" – ").append(format.format(end));
            }
        }
        String city = inline(meeting.city(), lang);
        if (!city.isEmpty()) {
            when.append(when.isEmpty() ? "" : ", ").append(city);
        }
        text.paragraph(when.toString());
        List<String> organisers = meeting.organisers().stream().map(o -> inline(o, lang)).filter(s -> !s.isEmpty())
                .toList();
        if (!organisers.isEmpty()) {
            text.paragraph(message("report.text.organisedBy", lang, and(organisers, lang)));
        }
        if (meeting.host() != null && !meeting.host().isEmpty()) {
            text.paragraph(message("report.text.hostedBy", lang, inline(meeting.host(), lang)));
        }
        text.paragraph(message("report.rule." + meeting.attributionRule(), lang));
        text.paragraph(message("report.text.conferenceReport", lang));
        return text.toString();
    }

    private String institutions(MeetingReport report, List<ReportDocument.InstitutionName> named, String lang) {
        Text text = new Text();
        text.paragraph(message("report.attended", lang, report.attendedCount()));
        if (!named.isEmpty()) {
            text.paragraph(message("report.institutions", lang));
            Collator collator = Collator.getInstance(locale(lang));
            text.list(named.stream().map(ReportGenerator::fullAndShort).sorted(collator).toList());
        }
        else if (report.attendedCount() > 0) {
            text.paragraph(message(report.meeting().attributionRule() == AttributionRule.NAMED
                    ? "report.text.institutions.none" : "report.text.institutions.withheld", lang));
        }
        if (!report.names().isEmpty()) {
            text.paragraph(message("report.names", lang));
            text.list(report.names().stream().map(name -> name.in(lang)).toList());
        }
        return text.toString();
    }

    private static String fullAndShort(ReportDocument.InstitutionName name) {
        return name.shortName() == null || name.shortName().equals(name.fullName()) ? name.fullName()
                : name.fullName() + " (" + name.shortName() + ")";
    }

    private String summary(MeetingDetails meeting, String lang) {
        Bilingual summary = meeting.summary();
        if (summary == null || summary.isEmpty()) {
            return message("report.text.summary.none", lang);
        }
        String shown = summary.languageShown(lang);
        return shown.equals(lang) ? summary.in(lang) : ReportText.asFallback(summary.in(lang), shown);
    }

    private String keyPoints(List<Group> groups, String lang) {
        Text text = new Text();
        if (groups.isEmpty()) {
            text.paragraph(message("report.keyPoints.none", lang));
            return text.toString();
        }
        boolean headings = groups.size() > 1 || groups.get(0).title() != null;
        for (Group group : groups) {
            if (headings) {
                text.heading(group.title() == null ? message(group.untitledKey(), lang) : inline(group.title(), lang));
            }
            text.list(group.statements().stream().map(statement -> point(statement, lang)).toList());
        }
        return text.toString();
    }

    /** One key point as researchers read it: the attribution the rule allows them, then what was said. */
    private String point(StatementView statement, String lang) {
        String said = inline(statement.text(), lang);
        if (statement.speaker() != null) {
            String who = oneLine(statement.speaker().in(lang));
            if (statement.speakerInstitution() != null && !statement.speakerInstitution().isEmpty()) {
                who += " (" + oneLine(statement.speakerInstitution().in(lang)) + ")";
            }
            return who + ": " + said;
        }
        if (statement.side() != null) {
            return message("statement.side." + statement.side(), lang) + ": " + said;
        }
        return said;
    }

    private String recommendations(List<RecommendationDetails> recommendations, String lang) {
        Text text = new Text();
        if (recommendations.isEmpty()) {
            text.paragraph(message("report.recommendations.none", lang));
            return text.toString();
        }
        for (RecommendationDetails recommendation : recommendations) {
            RecommendationSummary summary = recommendation.summary();
            text.heading(summary.reference() + ". " + inline(summary.title(), lang));
            Bilingual body = recommendation.text();
            if (body != null && !body.isEmpty()) {
                String shown = body.languageShown(lang);
                text.raw(shown.equals(lang) ? body.in(lang) : ReportText.asFallback(body.in(lang), shown));
            }
            text.paragraph(message("report.text.recommendation.meta", lang,
                    message("addressedTo." + summary.addressedTo(), lang),
                    message("feasibility." + summary.feasibility(), lang),
                    message("recommendation.status." + summary.status(), lang)));
        }
        return text.toString();
    }

    /** The statements under the agenda session they were made in, in agenda order; those outside any, last. */
    private static List<Group> bySession(MeetingDetails meeting, List<StatementView> statements) {
        Map<Long, List<StatementView>> bySession = new LinkedHashMap<>();
        meeting.agenda().stream().sorted(Comparator.comparingInt(MeetingDetails.AgendaEntry::position))
                .forEach(entry -> bySession.put(entry.id(), new ArrayList<>()));
        List<StatementView> outside = new ArrayList<>();
        for (StatementView statement : statements) {
            List<StatementView> session = statement.agendaItemId() == null ? null
                    : bySession.get(statement.agendaItemId());
            (session == null ? outside : session).add(statement);
        }
        List<Group> groups = new ArrayList<>();
        for (MeetingDetails.AgendaEntry entry : meeting.agenda().stream()
                .sorted(Comparator.comparingInt(MeetingDetails.AgendaEntry::position)).toList()) {
            List<StatementView> points = bySession.get(entry.id());
            if (!points.isEmpty()) {
                groups.add(new Group(entry.title(), points, null));
            }
        }
        if (!outside.isEmpty()) {
            groups.add(new Group(null, outside, "report.text.keyPoints.outsideSessions"));
        }
        return groups;
    }

    /** The statements under the first of their topics in taxonomy order, as the record-based report has them. */
    private static List<Group> byTopic(MeetingReport report) {
        return report.keyPoints().stream()
                .map(section -> new Group(section.topic() == null ? null : section.topic().name(),
                        section.statements(), "report.keyPoints.general"))
                .toList();
    }

    /** A short text for one line of report text, marked as a fallback when it is shown in the other language. */
    private static String inline(Bilingual value, String lang) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = oneLine(value.in(lang));
        String shown = value.languageShown(lang);
        return shown.equals(lang) ? text : "[" + shown + "]" + text + "[/" + shown + "]";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private String and(List<String> items, String lang) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + message("report.text.and", lang) + " "
                + items.get(items.size() - 1);
    }

    private String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, locale(lang));
    }

    private static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }

    /** A group of key points: under a title, or, untitled, under the words {@code untitledKey} names. */
    private record Group(Bilingual title, List<StatementView> statements, String untitledKey) {
    }

    /** Report text being written, block by block. */
    private static final class Text {

        private final StringBuilder out = new StringBuilder();

        void heading(String text) {
            if (!text.isBlank()) {
                block("## " + oneLine(text));
            }
        }

        void paragraph(String text) {
            if (!text.isBlank()) {
                block(text.strip());
            }
        }

        /** Text already in report-text form, such as a recommendation's paragraphs. */
        void raw(String text) {
            if (!text.isBlank()) {
                block(text.strip());
            }
        }

        void list(List<String> items) {
            StringBuilder list = new StringBuilder();
            for (String item : items) {
                String line = oneLine(item);
                if (!line.isEmpty()) {
                    list.append(list.isEmpty() ? "" : "\n").append("- ").append(line);
                }
            }
            if (!list.isEmpty()) {
                block(list.toString());
            }
        }

        private void block(String text) {
            out.append(out.isEmpty() ? "" : "\n\n").append(text);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
