package org.dialoguetracker.dashboard;

import java.util.Collections;
import java.util.Map;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.followup.FollowUpService;
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

    DashboardController(MeetingService meetings, RecommendationService recommendations, FollowUpService followUps) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.followUps = followUps;
    }

    @GetMapping("/")
    String dashboard(Authentication authentication, Model model) {
        Map<RecommendationStatus, Long> byStatus = recommendations.countByStatus();
        model.addAttribute("meetingCount", meetings.count());
        model.addAttribute("recommendationCount", byStatus.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("openFollowUpCount", followUps.countOpen());
        model.addAttribute("overdueCount", followUps.countOverdue());
        model.addAttribute("upcomingMeetings", meetings.upcoming(5));
        model.addAttribute("recentMeetings", meetings.recent(5));
        model.addAttribute("overdueFollowUps", followUps.overdue(10, Viewer.of(authentication)));
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byStatusMax", Math.max(1, Collections.max(byStatus.values())));
        return "dashboard";
    }
}
