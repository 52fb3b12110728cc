package org.dialoguetracker.dashboard;

import java.util.Map;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatistics;
import org.dialoguetracker.followup.FollowUpStatistics.FollowUpOutlook;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationStatus;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final MeetingService meetings;

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final FollowUpStatistics followUpStatistics;

    private final DashboardCharts charts;

    DashboardController(MeetingService meetings, RecommendationService recommendations, FollowUpService followUps,
            FollowUpStatistics followUpStatistics, DashboardCharts charts) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.followUpStatistics = followUpStatistics;
        this.charts = charts;
    }

    @GetMapping("/")
    String dashboard(Authentication authentication, Model model) {
        Map<RecommendationStatus, Long> byStatus = recommendations.countByStatus();
        FollowUpOutlook outlook = followUpStatistics.outlook();
        model.addAttribute("meetingCount", meetings.count());
        model.addAttribute("recommendationCount", byStatus.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("openFollowUpCount", outlook.open());
        model.addAttribute("overdueCount", outlook.overdue());
        model.addAttribute("upcomingMeetings", meetings.upcoming(5));
        model.addAttribute("recentMeetings", meetings.recent(5));
        model.addAttribute("overdueFollowUps", followUps.overdue(10, Viewer.of(authentication)));
        model.addAttribute("charts", charts.charts(byStatus, outlook));
        return "dashboard";
    }
}
