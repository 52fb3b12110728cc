package org.dialoguetracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.dialoguetracker.dashboard.DashboardCharts.Charts;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.followup.FollowUpStatistics;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationStatistics.LiveCounts;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.Role;
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
 * Every part is computed after its key was read, so what is kept under a key is never older than the key.
 */
@Service
@Transactional(readOnly = true)
class DashboardService {

    /** Upcoming and recent meetings listed. */
    static final int MEETINGS_LISTED = 5;

    /** Overdue follow-up actions listed. */
    static final int OVERDUE_LISTED = 10;

    /** What every reader sees; a few kilobytes each, one per version and day in use. */
    private final Cache<Moment, Overview> overviews = Caffeine.newBuilder().maximumSize(4).build();

    /** The overdue actions, as readers of each role see their owners. */
    private final Cache<Audience, List<FollowUpView>> overdue = Caffeine.newBuilder().maximumSize(12).build();

    private final DataVersions dataVersions;

    private final RecommendationStatistics recommendations;

    private final FollowUpStatistics followUpStatistics;

    private final FollowUpService followUps;

    private final MeetingService meetings;

    private final DashboardCharts charts;

    private final Clock clock;

    DashboardService(DataVersions dataVersions, RecommendationStatistics recommendations,
            FollowUpStatistics followUpStatistics, FollowUpService followUps, MeetingService meetings,
            DashboardCharts charts, Clock clock) {
        this.dataVersions = dataVersions;
        this.recommendations = recommendations;
        this.followUpStatistics = followUpStatistics;
        this.followUps = followUps;
        this.meetings = meetings;
        this.charts = charts;
        this.clock = clock;
    }

    Dashboard dashboard(Viewer viewer) {
        Moment moment = moment();
        Overview overview = overviews.get(moment, this::overview);
        // The viewer's role decides whether an owner who is a participant is named or shown by institution
        // (FollowUpView): readers of one role see the same list.
        List<FollowUpView> overdueActions = overdue.get(new Audience(moment, viewer.role()),
                audience -> followUps.overdue(moment.day(), OVERDUE_LISTED, viewer));
        return new Dashboard(overview, overdueActions);
    }

    private Overview overview(Moment moment) {
        LocalDate day = moment.day();
        LiveCounts live = recommendations.countLive();
        FollowUpOutlook outlook = followUpStatistics.outlook(day);
        return new Overview(meetings.count(), live.total(), outlook,
                meetings.upcoming(day, MEETINGS_LISTED), meetings.recent(day, MEETINGS_LISTED),
                charts.charts(live, outlook, day));
    }

    /** Today and the versions of the data, the latter in one statement. */
    private Moment moment() {
        long[] versions = dataVersions.now(Counter.RECOMMENDATIONS, Counter.FOLLOW_UPS);
        return new Moment(versions[0], versions[1], LocalDate.now(clock));
    }

    /** The versions of what the dashboard shows, and the day its counts and lists are for. */
    private record Moment(long recommendations, long followUps, LocalDate day) {
    }

    private record Audience(Moment moment, Role role) {
    }

    /** What every reader of the dashboard sees. */
    record Overview(long meetingCount, long recommendationCount, FollowUpOutlook followUps,
            List<MeetingRef> upcomingMeetings, List<MeetingRef> recentMeetings, Charts charts) {
    }

    /** The dashboard as one reader sees it. */
    record Dashboard(Overview overview, List<FollowUpView> overdueFollowUps) {
    }
}
