package org.dialoguetracker.dashboard;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.dashboard.DashboardService.Dashboard;
import org.dialoguetracker.dashboard.DashboardService.Overview;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final DashboardService dashboards;

    private final PageCache pages;

    DashboardController(DashboardService dashboards, PageCache pages) {
        this.dashboards = dashboards;
        this.pages = pages;
    }

    @GetMapping("/")
    String dashboard(Authentication authentication, HttpServletRequest request, Model model) {
        return pages.view(request, model, PageCache.Shows.RECORDS, () -> dashboard(authentication, model));
    }

    private String dashboard(Authentication authentication, Model model) {
        Dashboard dashboard = dashboards.dashboard(Viewer.of(authentication));
        Overview overview = dashboard.overview();
        model.addAttribute("meetingCount", overview.meetingCount());
        model.addAttribute("recommendationCount", overview.recommendationCount());
        model.addAttribute("openFollowUpCount", overview.followUps().open());
        model.addAttribute("overdueCount", overview.followUps().overdue());
        model.addAttribute("upcomingMeetings", overview.upcomingMeetings());
        model.addAttribute("recentMeetings", overview.recentMeetings());
        model.addAttribute("overdueFollowUps", dashboard.overdueFollowUps());
        model.addAttribute("charts", overview.charts());
        return "dashboard";
    }
}
