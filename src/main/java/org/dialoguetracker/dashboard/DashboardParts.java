package org.dialoguetracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.dashboard.DashboardService.Moment;
import org.dialoguetracker.dashboard.DashboardService.Overview;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.followup.FollowUpStatistics;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationStatistics.LiveCounts;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.shared.Viewer;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The parts of the dashboard, made for a {@link Moment} (the data versions and the day) that {@link DashboardService}
 * read first, and kept under it: so what is kept is never older than its key. A bean of its own so that the service's
 * calls go through the cache.
 */
@Component
class DashboardParts {

    private final RecommendationStatistics recommendations;

    private final FollowUpStatistics followUpStatistics;

    private final FollowUpService followUps;

    private final MeetingService meetings;

    private final DashboardCharts charts;

    DashboardParts(RecommendationStatistics recommendations, FollowUpStatistics followUpStatistics,
            FollowUpService followUps, MeetingService meetings, DashboardCharts charts) {
        this.recommendations = recommendations;
        this.followUpStatistics = followUpStatistics;
        this.followUps = followUps;
        this.meetings = meetings;
        this.charts = charts;
    }

    /** What every reader sees. */
    @Cacheable(cacheNames = DashboardCaches.OVERVIEWS, sync = true)
    public Overview overview(Moment moment) {
        LocalDate day = moment.day();
        LiveCounts live = recommendations.countLive();
        FollowUpOutlook outlook = followUpStatistics.outlook(day);
        return new Overview(meetings.count(), live.total(), outlook,
                meetings.upcoming(day, DashboardService.MEETINGS_LISTED),
                meetings.recent(day, DashboardService.MEETINGS_LISTED), charts.charts(live, outlook, day));
    }

    /**
     * The overdue actions as this viewer sees them. The viewer's role decides whether an owner who is a participant is
     * named or shown by institution ({@link FollowUpView}): readers of one role see the same list.
     */
    @Cacheable(cacheNames = DashboardCaches.OVERDUE, key = "{#moment, #viewer.role()}", sync = true)
    public List<FollowUpView> overdue(Moment moment, Viewer viewer) {
        return followUps.overdue(moment.day(), DashboardService.OVERDUE_LISTED, viewer);
    }
}
