package org.dialoguetracker.followup.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.followup.FollowUpAction;
import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpForm;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatus;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.recommendation.RecommendationService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a follow-up action to a recommendation, and editing it: what, who, by when. */
@Controller
class FollowUpFormController {

    static final String VIEW = "followups/form";

    private final FollowUpEditing editing;

    private final FollowUpService followUps;

    private final RecommendationService recommendations;

    private final InstitutionService institutions;

    private final HistoryService history;

    FollowUpFormController(FollowUpEditing editing, FollowUpService followUps, RecommendationService recommendations,
            InstitutionService institutions, HistoryService history) {
        this.editing = editing;
        this.followUps = followUps;
        this.recommendations = recommendations;
        this.institutions = institutions;
        this.history = history;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("participants", editing.participantOptions());
        model.addAttribute("institutions", institutions.options());
        model.addAttribute("openStatuses", new FollowUpStatus[] { FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS });
    }

    @GetMapping("/recommendations/{recommendationId}/follow-ups/new")
    String add(@PathVariable Long recommendationId, Model model) {
        model.addAttribute("form", FollowUpForm.blank());
        return creationView(recommendationId, model);
    }

    @PostMapping("/recommendations/{recommendationId}/follow-ups")
    String add(@PathVariable Long recommendationId, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return creationView(recommendationId, model);
        }
        editing.create(recommendationId, form);
        redirect.addFlashAttribute("message", "followUp.created");
        return "redirect:/recommendations/" + recommendationId + "#follow-ups";
    }

    @GetMapping("/follow-ups/{id}/edit")
    String edit(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("form", editing.editForm(id));
        return editingView(id, authentication, model);
    }

    @PostMapping("/follow-ups/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult binding,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return editingView(id, authentication, model);
        }
        Optional<Long> recommendationId = StaleEdit.of(form, () -> editing.editForm(id), model, response)
                .changedBy(() -> history.lastEditor(FollowUpAction.class, id))
                .attempt(() -> editing.update(id, form));
        if (recommendationId.isEmpty()) {
            return editingView(id, authentication, model);
        }
        redirect.addFlashAttribute("message", "followUp.saved");
        return "redirect:/recommendations/" + recommendationId.get() + "#follow-ups";
    }

    private String creationView(Long recommendationId, Model model) {
        model.addAttribute("recommendation", recommendations.summary(recommendationId));
        return VIEW;
    }

    private String editingView(Long id, Authentication authentication, Model model) {
        model.addAttribute("followUp", followUps.view(id, Viewer.of(authentication)));
        return VIEW;
    }
}
