package org.dialoguetracker.review.web;

import jakarta.validation.Valid;
import org.dialoguetracker.review.InvitationForm;
import org.dialoguetracker.review.ReviewInvitations;
import org.dialoguetracker.shared.Forms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A meeting's guest reviewers, for organisers: who was invited, whose link still works, the invitation form and the
 * revoke buttons. A new link is shown once, on the page that answers the invitation itself: it is not put in the
 * session for a redirect (the sessions are kept in the database), so it is kept nowhere at all.
 */
@Controller
@RequestMapping("/meetings/{id}/report/reviewers")
class ReviewersController {

    private final ReviewInvitations invitations;

    ReviewersController(ReviewInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String show(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", invitations.blankForm());
        }
        model.addAttribute("meeting", invitations.meeting(id));
        model.addAttribute("invitations", invitations.list(id));
        model.addAttribute("maxDays", ReviewInvitations.MAX_DAYS_AHEAD);
        model.addAttribute("draftProblem", invitations.draftProblem(id).orElse(null));
        return "review/reviewers";
    }

    @PostMapping
    String invite(@PathVariable Long id, @Valid @ModelAttribute("form") InvitationForm form, BindingResult binding,
            Authentication authentication, Model model) {
        BindingResult result = Forms.bound(form, binding, model);
        if (!result.hasFieldErrors("expiresOn")) {
            invitations.expiryProblem(form.expiresOn())
                    .ifPresent(problem -> result.rejectValue("expiresOn", problem, new Object[] {
                            ReviewInvitations.MAX_DAYS_AHEAD }, null));
        }
        invitations.draftProblem(id).ifPresent(result::reject);
        if (result.hasErrors()) {
            return show(id, model);
        }
        ReviewInvitations.Created created = invitations.invite(id, form, authentication.getName());
        model.addAttribute("createdName", created.reviewerName());
        model.addAttribute("createdLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/review/{token}").buildAndExpand(created.token()).toUriString());
        // the next invitation starts from a blank form, not from the one just taken
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute("form", invitations.blankForm());
        return show(id, model);
    }

    @PostMapping("/{invitationId}/revoke")
    String revoke(@PathVariable Long id, @PathVariable Long invitationId, Authentication authentication,
            RedirectAttributes redirect) {
        invitations.revoke(id, invitationId, authentication.getName());
        redirect.addFlashAttribute("message", "review.revoked");
        return "redirect:/meetings/" + id + "/report/reviewers";
    }
}
