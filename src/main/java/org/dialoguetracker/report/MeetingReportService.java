package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceService;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.AttendanceView;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.topic.TopicRef;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;

import org.springframework.stereotype.Service;

/**
 * Gathers a meeting's conference report. The report is a publication: whoever asks for it, statements come as
 * researchers see them (the public attribution), and the attendance as the rule allows it to be published: names
 * only under NAMED, institutions under NAMED or with the participants' recorded consent.
 */
@Service
class MeetingReportService {

    /** A reader with no more rights than the public: the report never shows more than researchers may see. */
    private static final Viewer PUBLIC = new Viewer("report", Role.RESEARCHER);

    /** Used only to read who attended a meeting held on the record, whose names the report then prints. */
    private static final Viewer RECORD = new Viewer("report", Role.ORGANISER);

    private final MeetingService meetings;

    private final StatementService statements;

    private final RecommendationService recommendations;

    private final AttendanceService attendance;

    private final TopicService topics;

    MeetingReportService(MeetingService meetings, StatementService statements,
            RecommendationService recommendations, AttendanceService attendance, TopicService topics) {
        this.meetings = meetings;
        this.statements = statements;
        this.recommendations = recommendations;
        this.attendance = attendance;
        this.topics = topics;
    }

    MeetingReport report(Long meetingId, String language) {
        MeetingDetails meeting = meetings.details(meetingId);
        AttributionRule rule = meeting.attributionRule();
        AttendanceView attended = attendance.forMeeting(meetingId, AttributionRule.NAMED, true, RECORD);
        List<AttendanceView.Attendee> present = attended.attendees().stream()
                .filter(a -> a.status() == AttendanceStatus.ATTENDED).toList();
        // under NONE and SIDE the institutions are listed only with the participants' recorded consent
        List<Bilingual> institutions = meeting.institutionsMayBeListed()
                ? present.stream().map(AttendanceView.Attendee::institution).filter(Objects::nonNull).distinct().toList()
                : List.of();
        List<Bilingual> names = rule == AttributionRule.NAMED
                ? present.stream().map(AttendanceView.Attendee::name).toList() : List.of();
        return new MeetingReport(language, meeting, institutions, names, present.size(),
                keyPoints(statements.forMeeting(meetingId, PUBLIC)),
                recommendations.forMeeting(meetingId).stream().map(r -> recommendations.details(r.id())).toList());
    }

    /** The statements of a meeting as researchers see them, in the order they were recorded. */
    List<StatementView> publicStatements(Long meetingId) {
        return statements.forMeeting(meetingId, PUBLIC);
    }

    /** Each statement under the first of its topics in taxonomy order; those without a topic last. */
    private List<MeetingReport.TopicSection> keyPoints(List<StatementView> points) {
        TopicTree tree = topics.tree();
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, TopicRef> refs = new LinkedHashMap<>();
        for (TopicTree.Entry entry : tree.flatten()) {
            order.put(entry.node().slug(), order.size());
            refs.put(entry.node().slug(), entry.node().ref());
        }
        Map<String, List<StatementView>> bySlug = new LinkedHashMap<>();
        order.keySet().forEach(slug -> bySlug.put(slug, new ArrayList<>()));
        List<StatementView> general = new ArrayList<>();
        for (StatementView point : points) {
            point.topics().stream()
                    .map(TopicRef::slug)
                    .filter(order::containsKey)
                    .min((a, b) -> Integer.compare(order.get(a), order.get(b)))
                    .ifPresentOrElse(slug -> bySlug.get(slug).add(point), () -> general.add(point));
        }
        List<MeetingReport.TopicSection> sections = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            if (!list.isEmpty()) {
                sections.add(new MeetingReport.TopicSection(refs.get(slug), list));
            }
        });
        if (!general.isEmpty()) {
            sections.add(new MeetingReport.TopicSection(null, general));
        }
        return sections;
    }
}
