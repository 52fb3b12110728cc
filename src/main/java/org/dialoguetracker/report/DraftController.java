package org.dialoguetracker.report;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;
import org.dialoguetracker.shared.web.Notice;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft workspace of a meeting's report, for organisers: starting the draft, each section in both languages
 * with its edit forms, "Regenerate from the records" behind a difference, and an edit's difference.
 */
@Controller
class DraftController {

    private final ReportDraftService drafting;

    private final DraftWorkspaces workspaces;

    DraftController(ReportDraftService drafting, DraftWorkspaces workspaces) {
        this.drafting = drafting;
        this.workspaces = workspaces;
    }

    @GetMapping("/meetings/{id}/report/draft")
    String workspace(@PathVariable Long id, Authentication authentication, Model model) {
        return show(id, authentication.getName(), model);
    }

    @PostMapping("/meetings/{id}/report/draft")
    String start(@PathVariable Long id, @Valid @ModelAttribute("startForm") DraftForms.Start form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return show(id, authentication.getName(), model);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            drafting.start(id, form.grouping(), authentication.getName());
            return "draft.started";
        });
    }

    @PostMapping("/meetings/{id}/report/draft/text")
    String edit(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.SectionText form,
            BindingResult binding, Authentication authentication, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        try {
            boolean stale = StaleEdit.of(form, () -> drafting.savedText(id, form.section(), form.language()), model,
                    response).changedBy(() -> drafting.lastEditor(id, form.section()))
                    .refused(() -> drafting.edit(id, form.section(), form.language(), form.text(), form.version(),
                            authentication.getName()));
            if (stale) {
                return show(id, authentication.getName(), model);
            }
        }
        catch (DraftRefusal refusal) {
            redirect.addFlashAttribute("refusals", java.util.List.of(Notice.of(refusal.messageKey())));
            return DraftOutcomes.back(id);
        }
        redirect.addFlashAttribute("message", "draft.saved");
        return DraftOutcomes.back(id) + "#section-" + form.section();
    }

    /** What regenerating a section in a language would change; without a section and language, the draft. */
    @GetMapping("/meetings/{id}/report/draft/regenerate")
    String regeneration(@PathVariable Long id, @RequestParam(required = false) Long section,
            @RequestParam(required = false) ReportController.ReportLanguage language, Model model) {
        if (section == null || language == null) {
            return DraftOutcomes.back(id);
        }
        model.addAttribute("meeting", workspaces.meeting(id));
        model.addAttribute("regeneration", drafting.regeneration(id, section, language.code()));
        return "reports/regenerate";
    }

    @PostMapping("/meetings/{id}/report/draft/regenerate")
    String regenerate(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Regenerate form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            drafting.regenerate(id, form.section(), form.language(), form.version(), form.generatedHash(),
                    authentication.getName());
            return "draft.regenerated";
        });
    }

    /** What one edit changed; without an edit, the draft. */
    @GetMapping("/meetings/{id}/report/draft/change")
    String change(@PathVariable Long id, @RequestParam(required = false) Long edit, Model model) {
        if (edit == null) {
            return DraftOutcomes.back(id);
        }
        model.addAttribute("meeting", workspaces.meeting(id));
        model.addAttribute("change", drafting.edit(id, edit));
        return "reports/change";
    }

    private String show(Long id, String username, Model model) {
        Optional<DraftWorkspace> workspace = workspaces.workspace(id, username);
        if (workspace.isEmpty()) {
            model.addAttribute("meeting", workspaces.meeting(id));
            if (!model.containsAttribute("startForm")) {
                model.addAttribute("startForm", new DraftForms.Start(KeyPointGrouping.BY_SESSION));
            }
            model.addAttribute("groupings", KeyPointGrouping.values());
            return "reports/draft-start";
        }
        model.addAttribute("draft", workspace.get());
        model.addAttribute("meeting", workspace.get().meeting());
        return "reports/draft";
    }
}
