package org.dialoguetracker.followup.web;

import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatus;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.Viewer;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every follow-up action, filtered by status or to the overdue ones; each row leads to its recommendation. */
@Controller
class FollowUpListController {

    private final FollowUpService followUps;

    FollowUpListController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/follow-ups")
    String list(@RequestParam(required = false) FollowUpStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication authentication, Model model) {
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("followUps", followUps.list(status, overdue, Paging.page(page), Paging.size(size),
                Viewer.of(authentication)));
        return "followups/list";
    }
}
