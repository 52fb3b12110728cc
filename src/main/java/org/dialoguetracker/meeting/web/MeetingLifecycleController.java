package org.dialoguetracker.meeting.web;

import org.dialoguetracker.meeting.MeetingLifecycle;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' "Mark as held" button on a meeting's page; the report's steps are the report module's. */
@Controller
class MeetingLifecycleController {

    private final MeetingLifecycle lifecycle;

    MeetingLifecycleController(MeetingLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/meetings/{id}/held")
    String markHeld(@PathVariable Long id, RedirectAttributes redirect) {
        if (lifecycle.markHeld(id)) {
            redirect.addFlashAttribute("message", "meeting.held.done");
        }
        else {
            redirect.addFlashAttribute("problem", "meeting.held.tooEarly");
        }
        return "redirect:/meetings/" + id;
    }
}
