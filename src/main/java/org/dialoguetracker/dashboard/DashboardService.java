package org.dialoguetracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.dashboard.DashboardCharts.Charts;
import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard shows, kept on this instance for as long as the data it comes from keeps its version and the
 * day stays the same: a view with nothing changed reads two counters of table {@code data_version} in one statement
 * and nothing else. The counters are bumped by statement-level triggers in the transaction that changes the data,
 * whichever instance makes the change, so nothing kept outlives a change:
 * <ul>
 * <li>{@code recommendations} (V10): recommendations (their status, archiving, reference and title), their topics and
 * meetings, the topic tree, the meetings;</li>
 * <li>{@code follow_ups} (V12): follow-up actions, and the participants and institutions named as their owners.</li>
 * </ul>
 * Every part is computed after its key was read, so what is kept under a key is never older than the key
 * ({@link DashboardParts}, in the caches of {@link DashboardCaches}).
 */
@Service
@Transactional(readOnly = true)
class DashboardService {

    /** Upcoming and recent meetings listed. */
    static final int MEETINGS_LISTED = 5;

    /** Overdue follow-up actions listed. */
    static final int OVERDUE_LISTED = 10;

    private final DataVersions dataVersions;

    private final DashboardParts parts;

    private final Clock clock;

    DashboardService(DataVersions dataVersions, DashboardParts parts, Clock clock) {
        this.dataVersions = dataVersions;
        this.parts = parts;
        this.clock = clock;
    }

    Dashboard dashboard(Viewer viewer) {
        Moment moment = moment();
        return new Dashboard(parts.overview(moment), parts.overdue(moment, viewer));
    }

    /** Today and the versions of the data, the latter in one statement. */
    private Moment moment() {
        long[] versions = dataVersions.now(Counter.RECOMMENDATIONS, Counter.FOLLOW_UPS);
        return new Moment(versions[0], versions[1], LocalDate.now(clock));
    }

    /** The versions of what the dashboard shows, and the day its counts and lists are for. */
    record Moment(long recommendations, long followUps, LocalDate day) {
    }

    /** What every reader of the dashboard sees. */
    record Overview(long meetingCount, long recommendationCount, FollowUpOutlook followUps,
            List<MeetingRef> upcomingMeetings, List<MeetingRef> recentMeetings, Charts charts) {
    }

    /** The dashboard as one reader sees it. */
    record Dashboard(Overview overview, List<FollowUpView> overdueFollowUps) {
    }
}
