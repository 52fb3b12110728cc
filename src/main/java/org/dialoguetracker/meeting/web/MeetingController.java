package org.dialoguetracker.meeting.web;

import java.util.List;
import java.util.stream.Collectors;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceService;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.system.Paging;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingService meetings;

    private final StatementService statements;

    private final RecommendationService recommendations;

    private final AttendanceService attendance;

    MeetingController(MeetingService meetings, StatementService statements, RecommendationService recommendations,
            AttendanceService attendance) {
        this.meetings = meetings;
        this.statements = statements;
        this.recommendations = recommendations;
        this.attendance = attendance;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("meetings", meetings.list(Paging.page(page), Paging.size(size)));
        return "meetings/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        MeetingDetails meeting = meetings.details(id);
        model.addAttribute("meeting", meeting);
        List<StatementView> keyPoints = statements.forMeeting(id, viewer);
        model.addAttribute("statementsByItem", keyPoints.stream().filter(s -> s.agendaItemId() != null)
                .collect(Collectors.groupingBy(StatementView::agendaItemId)));
        model.addAttribute("otherStatements", keyPoints.stream().filter(s -> s.agendaItemId() == null).toList());
        model.addAttribute("recommendations", recommendations.forMeeting(id));
        model.addAttribute("attendance", attendance.forMeeting(id, meeting.attributionRule(), viewer));
        return "meetings/show";
    }
}
