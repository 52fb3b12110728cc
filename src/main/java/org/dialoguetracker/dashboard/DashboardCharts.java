package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.meeting.MeetingMark;
import org.dialoguetracker.meeting.MeetingTimeline;
import org.dialoguetracker.recommendation.RecommendationStatistics.LiveCounts;
import org.dialoguetracker.recommendation.RecommendationStatistics.TopicCount;
import org.dialoguetracker.shared.BarChart.Entry;
import org.dialoguetracker.shared.BarChart;
import org.dialoguetracker.shared.Timeline;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's four charts, from counts made in PostgreSQL (by status and topic, the facet counts of all live
 * recommendations); each bar and mark leads to the list it counts.
 */
@Component
class DashboardCharts {

    /** Top-level topics charted; the rest are named on the topics page. */
    static final int TOPICS_SHOWN = 12;

    /** Meetings on the timeline: the latest ones, planned ones included. */
    static final int MEETINGS_SHOWN = 60;

    private final MeetingTimeline meetings;

    DashboardCharts(MeetingTimeline meetings) {
        this.meetings = meetings;
    }

    /** The charts of these counts and of the latest meetings, for this day (marked on the timeline). */
    Charts charts(LiveCounts recommendations, FollowUpOutlook followUps, LocalDate today) {
        List<TopicCount> topics = recommendations.byTopLevelTopic();
        return new Charts(
                BarChart.ofCounts(recommendations.byStatus(), "recommendation.status.", "bar-",
                        status -> link("/recommendations", "status", status.name())),
                BarChart.of(topics.stream().limit(TOPICS_SHOWN)
                        .map(topic -> Entry.named(topic.name(), topic.count(),
                                link("/recommendations", "topic", topic.slug()), "chart-topic"))
                        .toList()),
                Math.max(0, topics.size() - TOPICS_SHOWN),
                followUps(followUps),
                Timeline.of(meetings.latest(MEETINGS_SHOWN).stream().map(DashboardCharts::event).toList(),
                        today));
    }

    /** Open actions by how their due date stands, most pressing first, then the done ones. */
    private static BarChart followUps(FollowUpOutlook outlook) {
        return BarChart.of(List.of(
                Entry.keyed("charts.followUps.overdue", outlook.overdue(), link("/follow-ups", "overdue", "true"),
                        "chart-followups-overdue"),
                Entry.keyed("charts.followUps.dueSoon", outlook.dueSoon(), null, "chart-followups-soon"),
                Entry.keyed("charts.followUps.dueLater", outlook.dueLater(), null, "chart-followups-later"),
                Entry.keyed("charts.followUps.undated", outlook.undated(), null, "chart-followups-undated"),
                Entry.keyed("charts.followUps.done", outlook.done(), link("/follow-ups", "status", "DONE"),
                        "chart-followups-done")));
    }

    private static Timeline.Event event(MeetingMark meeting) {
        return new Timeline.Event(meeting.startDate(), "/meetings/" + meeting.id(), meeting.title(), meeting.city(),
                meeting.city().isEmpty() ? meeting.title() : meeting.city(), "meeting.status." + meeting.status(),
                "chart-meeting-" + meeting.status());
    }

    private static String link(String path, String parameter, String value) {
        return UriComponentsBuilder.fromPath(path).queryParam(parameter, value).encode().build().toUriString();
    }

    /**
     * Recommendations by status and by top-level topic (with how many topics were left out), follow-up actions by
     * due date, and meetings on a timeline.
     */
    record Charts(BarChart byStatus, BarChart byTopic, int topicsLeftOut, BarChart followUps, Timeline meetings) {
    }
}
