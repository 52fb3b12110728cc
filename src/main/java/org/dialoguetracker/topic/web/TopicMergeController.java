package org.dialoguetracker.topic.web;

import jakarta.validation.Valid;
import org.dialoguetracker.topic.TopicEditing;
import org.dialoguetracker.topic.TopicMergeForm;

import org.dialoguetracker.shared.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging one topic into another, with every link and subtopic it has. */
@Controller
@RequestMapping("/topics/{slug}/merge")
class TopicMergeController {

    static final String VIEW = "topics/merge";

    private final TopicEditing editing;

    TopicMergeController(TopicEditing editing) {
        this.editing = editing;
    }

    @ModelAttribute
    void frame(@PathVariable String slug, Model model) {
        model.addAttribute("preview", editing.mergePreview(slug));
        model.addAttribute("targets", editing.mergeTargets(slug));
    }

    @GetMapping
    String merge(Model model) {
        model.addAttribute("form", new TopicMergeForm(null));
        return VIEW;
    }

    @PostMapping
    String merge(@PathVariable String slug, @Valid @ModelAttribute("form") TopicMergeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validateMerge(slug, form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        redirect.addAttribute("target", editing.merge(slug, form));
        redirect.addFlashAttribute("message", "topic.merged");
        return "redirect:/topics/{target}";
    }
}
