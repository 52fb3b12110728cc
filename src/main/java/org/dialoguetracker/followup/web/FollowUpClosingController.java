package org.dialoguetracker.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.followup.CancellationForm;
import org.dialoguetracker.followup.CompletionForm;
import org.dialoguetracker.followup.FollowUpAction;
import org.dialoguetracker.followup.FollowUpClosed;
import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.shared.Conflict;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.history.HistoryService;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
            Long recommendationId = editing.complete(id, form);
            redirect.addFlashAttribute("message", "followUp.completed");
            return "redirect:/recommendations/" + recommendationId + "#follow-ups";
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            CompletionForm saved = editing.savedCompletion(id);
            Conflict conflict = Conflict.between(saved, form,
                    history.lastEditor(FollowUpAction.class, id).orElse(null));
            StaleEdit.refused(conflict, form.withVersion(saved.version()), model, response);
            return COMPLETE;
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
            Long recommendationId = editing.cancel(id, form);
            redirect.addFlashAttribute("message", "followUp.cancelled");
            return "redirect:/recommendations/" + recommendationId + "#follow-ups";
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            CancellationForm saved = editing.savedCancellation(id);
            Conflict conflict = Conflict.between(saved, form,
                    history.lastEditor(FollowUpAction.class, id).orElse(null));
            StaleEdit.refused(conflict, form.withVersion(saved.version()), model, response);
            return CANCEL;
        }
        catch (FollowUpClosed closed) {
            result.reject("followUp.closed");
            return CANCEL;
        }
    }
}
