package org.dialoguetracker.meeting.web;

import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of meetings. A meeting's own page shows several modules' records and is the pages module's. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("meetings", meetings.list(Paging.page(page), Paging.size(size)));
        return "meetings/list";
    }
}
