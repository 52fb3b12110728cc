package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.shared.Bilingual;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts a report's section texts together into a {@link ReportDocument} for one language: headings from the
 * message bundles ({@code report.section.*}), a section empty in the language filled with the other language's
 * text and marked as falling back, an empty foreword left out.
 */
@Service
public class ReportDocuments {

    private final MeetingReportService reports;

    private final InstitutionNames institutionNames;

    private final MessageSource messages;

    ReportDocuments(MeetingReportService reports, InstitutionNames institutionNames, MessageSource messages) {
        this.reports = reports;
        this.institutionNames = institutionNames;
        this.messages = messages;
    }

    /**
     * The document of a meeting's report: its title (the meeting's) and the institutions it may name (organisers,
     * host, and participants' as the rule allows) from the records; the sections from {@code texts}.
     */
    public ReportDocument document(Long meetingId, String language, Map<SectionKind, Bilingual> texts,
            ReportDocument.Edition edition) {
        MeetingReport report = reports.report(meetingId, language);
        return document(language, report.meeting().title().in(language), texts, institutions(report, language),
                edition);
    }

    /** The same from what the caller already has (a frozen snapshot, say). */
    public ReportDocument document(String language, String title, Map<SectionKind, Bilingual> texts,
            List<ReportDocument.InstitutionName> institutions, ReportDocument.Edition edition) {
        String lang = "ru".equals(language) ? "ru" : "en";
        Locale locale = Locale.forLanguageTag(lang);
        List<ReportDocument.Section> sections = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            Bilingual text = texts.get(kind);
            if (text == null) {
                text = Bilingual.EMPTY;
            }
            if (kind == SectionKind.FOREWORD && text.isEmpty()) {
                continue;
            }
            sections.add(new ReportDocument.Section(kind,
                    messages.getMessage("report.section." + kind, null, locale), text.in(lang), text.fallsBack(lang)));
        }
        return new ReportDocument(lang, title == null ? "" : title, sections, institutions, edition);
    }

    /** The institutions a meeting's report may name: organisers, host, and participants' where the rule allows. */
    public List<ReportDocument.InstitutionName> institutions(Long meetingId, String language) {
        return institutions(reports.report(meetingId, language), language);
    }

    private List<ReportDocument.InstitutionName> institutions(MeetingReport report, String language) {
        MeetingDetails meeting = report.meeting();
        List<Bilingual> labels = new ArrayList<>(meeting.organisers());
        if (meeting.host() != null) {
            labels.add(meeting.host());
        }
        labels.addAll(report.institutions());
        return institutionNames.of(labels, language);
    }
}
