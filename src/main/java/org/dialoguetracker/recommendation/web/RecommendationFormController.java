package org.dialoguetracker.recommendation.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Consensus;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.Recommendation;
import org.dialoguetracker.recommendation.RecommendationEditing;
import org.dialoguetracker.recommendation.RecommendationForm;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.topic.TopicService;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a recommendation at a meeting, and editing what it says, whom it addresses and where it comes from. */
@Controller
class RecommendationFormController {

    static final String VIEW = "recommendations/form";

    private final RecommendationEditing editing;

    private final RecommendationService recommendations;

    private final TopicService topics;

    private final HistoryService history;

    RecommendationFormController(RecommendationEditing editing, RecommendationService recommendations,
            TopicService topics, HistoryService history) {
        this.editing = editing;
        this.recommendations = recommendations;
        this.topics = topics;
        this.history = history;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("topicOptions", topics.options());
        model.addAttribute("meetingOptions", editing.meetingOptions());
        model.addAttribute("addressees", AddressedTo.values());
        model.addAttribute("feasibilities", Feasibility.values());
        model.addAttribute("consensusLevels", Consensus.values());
    }

    @GetMapping("/meetings/{meetingId}/recommendations/new")
    String create(@PathVariable Long meetingId, Model model) {
        RecommendationForm form = editing.blankForm(meetingId);
        model.addAttribute("form", form);
        return creationView(meetingId, form, model);
    }

    @PostMapping("/meetings/{meetingId}/recommendations")
    String create(@PathVariable Long meetingId, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, null, meetingId, result);
        if (result.hasErrors()) {
            return creationView(meetingId, form, model);
        }
        Long id;
        try {
            id = editing.create(meetingId, form, authentication.getName());
        }
        catch (DataIntegrityViolationException failure) {
            if (!RecommendationEditing.isReferenceClash(failure)) {
                throw failure;
            }
            RecommendationEditing.rejectTakenReference(form, result);
            return creationView(meetingId, form, model);
        }
        redirect.addFlashAttribute("message", "recommendation.created");
        return "redirect:/recommendations/" + id;
    }

    @GetMapping("/recommendations/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        RecommendationForm form = editing.editForm(id);
        model.addAttribute("form", form);
        return editingView(id, form, model);
    }

    @PostMapping("/recommendations/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, id, null, result);
        if (result.hasErrors()) {
            return editingView(id, form, model);
        }
        try {
            boolean refused = StaleEdit.of(form, () -> editing.editForm(id), model, response)
                    .changedBy(() -> history.lastEditor(Recommendation.class, id))
                    .refused(() -> editing.update(id, form));
            if (refused) {
                return editingView(id, form, model);
            }
        }
        catch (DataIntegrityViolationException failure) {
            if (!RecommendationEditing.isReferenceClash(failure)) {
                throw failure;
            }
            RecommendationEditing.rejectTakenReference(form, result);
            return editingView(id, form, model);
        }
        redirect.addFlashAttribute("message", "recommendation.saved");
        return "redirect:/recommendations/" + id;
    }

    private String creationView(Long meetingId, RecommendationForm form, Model model) {
        model.addAttribute("origin", editing.meetingOption(meetingId));
        Set<Long> meetingIds = new LinkedHashSet<>(form.meetingIds());
        meetingIds.add(meetingId);
        model.addAttribute("statementOptions", editing.statementOptions(meetingIds));
        return VIEW;
    }

    private String editingView(Long id, RecommendationForm form, Model model) {
        model.addAttribute("recommendation", recommendations.summary(id));
        model.addAttribute("statementOptions", editing.statementOptions(form.meetingIds()));
        return VIEW;
    }
}
