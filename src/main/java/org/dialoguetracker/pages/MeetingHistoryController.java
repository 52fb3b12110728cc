package org.dialoguetracker.pages;

import org.dialoguetracker.meeting.MeetingHistory;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.statement.StatementService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The History tab of a meeting: the meeting, its agenda and its statements. Organisers and admins only. */
@Controller
class MeetingHistoryController {

    private final MeetingService meetings;

    private final MeetingHistory meetingHistory;

    private final StatementService statements;

    MeetingHistoryController(MeetingService meetings, MeetingHistory meetingHistory, StatementService statements) {
        this.meetings = meetings;
        this.meetingHistory = meetingHistory;
        this.statements = statements;
    }

    @GetMapping("/meetings/{id}/history")
    String history(@PathVariable Long id, Model model) {
        model.addAttribute("meeting", meetings.details(id));
        model.addAttribute("entries", HistoryService.merge(meetingHistory.of(id), statements.history(id)));
        return "meetings/history";
    }
}
