package org.dialoguetracker.recommendation.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.recommendation.EffectiveDateRefused;
import org.dialoguetracker.recommendation.Recommendation;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationEditing;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.StatusChangeForm;
import org.dialoguetracker.recommendation.StatusChangeRefused;
import org.dialoguetracker.shared.Labels;
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

/** Moving a recommendation along its lifecycle, with a note for the timeline; archiving it. */
@Controller
@RequestMapping("/recommendations/{id}")
class RecommendationStatusController {

    static final String VIEW = "recommendations/status-form";

    private final RecommendationEditing editing;

    private final RecommendationService recommendations;

    private final HistoryService history;

    RecommendationStatusController(RecommendationEditing editing, RecommendationService recommendations,
            HistoryService history) {
        this.editing = editing;
        this.recommendations = recommendations;
        this.history = history;
    }

    @GetMapping("/status")
    String form(@PathVariable Long id, Model model) {
        model.addAttribute("form", editing.statusForm(id));
        return view(id, model);
    }

    @PostMapping("/status")
    String change(@PathVariable Long id, @Valid @ModelAttribute("form") StatusChangeForm form, BindingResult binding,
            Authentication authentication, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        form.validate(result);
        if (result.hasErrors()) {
            return view(id, model);
        }
        try {
            boolean stale = StaleEdit.of(form, () -> editing.savedStatus(id), model, response)
                    .changedBy(() -> history.lastEditor(Recommendation.class, id))
                    .refused(() -> editing.changeStatus(id, form, authentication.getName()));
            if (stale) {
                return view(id, model);
            }
        }
        catch (StatusChangeRefused refused) {
            result.rejectValue("status", "recommendation.statusForm.refused", new Object[] {
                    Labels.of("recommendation.status.", refused.from()),
                    Labels.of("recommendation.status.", refused.to()) }, null);
            return view(id, model);
        }
        catch (EffectiveDateRefused refused) {
            result.rejectValue("effectiveOn", refused.code(), new Object[] { DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(refused.limit()) }, null);
            return view(id, model);
        }
        redirect.addFlashAttribute("message", "recommendation.statusChanged");
        return "redirect:/recommendations/" + id + "#timeline";
    }

    @PostMapping("/archive")
    String archive(@PathVariable Long id, RedirectAttributes redirect) {
        editing.archive(id);
        redirect.addFlashAttribute("message", "recommendation.archivedNow");
        return "redirect:/recommendations/" + id;
    }

    @PostMapping("/unarchive")
    String unarchive(@PathVariable Long id, RedirectAttributes redirect) {
        editing.unarchive(id);
        redirect.addFlashAttribute("message", "recommendation.unarchivedNow");
        return "redirect:/recommendations/" + id;
    }

    private String view(Long id, Model model) {
        RecommendationDetails details = recommendations.details(id);
        model.addAttribute("recommendation", details);
        model.addAttribute("allowed", details.allowedNext());
        return VIEW;
    }
}
