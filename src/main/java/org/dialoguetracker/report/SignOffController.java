package org.dialoguetracker.report;

import jakarta.validation.Valid;

import org.dialoguetracker.shared.Forms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What reviewers and the leads do with a draft: comment and resolve, sign off a language for a side, publish the
 * edition, and reopen a published one for a correction.
 */
@Controller
class SignOffController {

    private final SignOffService signOffs;

    private final ReportDraftService drafting;

    private final PublishingService publishing;

    SignOffController(SignOffService signOffs, ReportDraftService drafting, PublishingService publishing) {
        this.signOffs = signOffs;
        this.drafting = drafting;
        this.publishing = publishing;
    }

    @PostMapping("/meetings/{id}/report/draft/sign")
    String sign(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Sign form, BindingResult binding,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            signOffs.sign(id, form.language(), form.side(), form.hash(), authentication.getName());
            return "draft.signoff.done";
        });
    }

    @PostMapping("/meetings/{id}/report/draft/comments")
    String comment(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Comment form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        String done = DraftOutcomes.redirect(id, redirect, () -> {
            drafting.comment(id, form.section(), form.parent(), CommentAuthor.member(authentication.getName()),
                    form.body());
            return "draft.comment.added";
        });
        return done + "#section-" + form.section();
    }

    @PostMapping("/meetings/{id}/report/draft/resolution")
    String resolve(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Resolution form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            drafting.resolve(id, form.comment(), form.resolved(), authentication.getName());
            return form.resolved() ? "draft.comment.resolved" : "draft.comment.reopened";
        });
    }

    @PostMapping("/meetings/{id}/report/draft/publish")
    String publish(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Publish form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            publishing.publish(id, form.edition(), form.changeNote(), authentication.getName());
            return "draft.publish.done";
        });
    }

    @PostMapping("/meetings/{id}/report/draft/correction")
    String correct(@PathVariable Long id, @Valid @ModelAttribute("form") DraftForms.Correction form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return DraftOutcomes.refused(id, redirect, result);
        }
        return DraftOutcomes.redirect(id, redirect, () -> {
            publishing.correct(id, form.edition(), authentication.getName());
            return "draft.correction.started";
        });
    }
}
