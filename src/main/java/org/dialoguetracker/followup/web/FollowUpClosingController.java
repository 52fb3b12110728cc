package org.dialoguetracker.followup.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.followup.CancellationForm;
import org.dialoguetracker.followup.CompletionForm;
import org.dialoguetracker.followup.FollowUpAction;
import org.dialoguetracker.followup.FollowUpClosed;
import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.history.HistoryService;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

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

/** Closing a follow-up action: done, with a note on what came of it, or cancelled. */
@Controller
@RequestMapping("/follow-ups/{id}")
class FollowUpClosingController {

    static final String COMPLETE = "followups/complete";

    static final String CANCEL = "followups/cancel";

    private final FollowUpEditing editing;

    private final FollowUpService followUps;

    private final HistoryService history;

    FollowUpClosingController(FollowUpEditing editing, FollowUpService followUps, HistoryService history) {
        this.editing = editing;
        this.followUps = followUps;
        this.history = history;
    }

    @ModelAttribute
    void followUp(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("followUp", followUps.view(id, Viewer.of(authentication)));
    }

    @GetMapping("/complete")
    String complete(@PathVariable Long id, Model model) {
        model.addAttribute("form", editing.completionForm(id));
        return COMPLETE;
    }

    @PostMapping("/complete")
    String complete(@PathVariable Long id, @Valid @ModelAttribute("form") CompletionForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return COMPLETE;
        }
        try {
            Optional<Long> recommendationId = StaleEdit.of(form, () -> editing.savedCompletion(id), model, response)
                    .changedBy(() -> history.lastEditor(FollowUpAction.class, id))
                    .attempt(() -> editing.complete(id, form));
            if (recommendationId.isEmpty()) {
                return COMPLETE;
            }
            redirect.addFlashAttribute("message", "followUp.completed");
            return "redirect:/recommendations/" + recommendationId.get() + "#follow-ups";
        }
        catch (FollowUpClosed closed) {
            result.reject("followUp.closed");
            return COMPLETE;
        }
    }

    @GetMapping("/cancel")
    String cancel(@PathVariable Long id, Model model) {
        model.addAttribute("form", editing.cancellationForm(id));
        return CANCEL;
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable Long id, @Valid @ModelAttribute("form") CancellationForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return CANCEL;
        }
        try {
            Optional<Long> recommendationId = StaleEdit.of(form, () -> editing.savedCancellation(id), model, response)
                    .changedBy(() -> history.lastEditor(FollowUpAction.class, id))
                    .attempt(() -> editing.cancel(id, form));
            if (recommendationId.isEmpty()) {
                return CANCEL;
            }
            redirect.addFlashAttribute("message", "followUp.cancelled");
            return "redirect:/recommendations/" + recommendationId.get() + "#follow-ups";
        }
        catch (FollowUpClosed closed) {
            result.reject("followUp.closed");
            return CANCEL;
        }
    }
}
