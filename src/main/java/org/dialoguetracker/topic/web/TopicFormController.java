package org.dialoguetracker.topic.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.shared.Conflict;
import org.dialoguetracker.topic.TopicEditing;
import org.dialoguetracker.topic.TopicForm;
import org.dialoguetracker.topic.TopicService;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a topic, and renaming or moving one in the tree. */
@Controller
@RequestMapping("/topics")
class TopicFormController {

    static final String VIEW = "topics/form";

    private final TopicEditing editing;

    private final TopicService topics;

    TopicFormController(TopicEditing editing, TopicService topics) {
        this.editing = editing;
        this.topics = topics;
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", editing.blankForm(parent));
        return view(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TopicForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(null, form, result);
        if (result.hasErrors()) {
            return view(null, model);
        }
        redirect.addAttribute("slug", editing.create(form));
        redirect.addFlashAttribute("message", "topic.created");
        return "redirect:/topics/{slug}";
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        model.addAttribute("form", editing.editForm(slug));
        return view(slug, model);
    }

    @PostMapping("/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") TopicForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(slug, form, result);
        if (result.hasErrors()) {
            return view(slug, model);
        }
        Optional<String> saved = StaleEdit.of(form, () -> editing.editForm(slug), model, response)
                .shownAs(shown -> readable(shown, locale))
                .attempt(() -> editing.update(slug, form));
        if (saved.isEmpty()) {
            return view(slug, model);
        }
        redirect.addAttribute("slug", saved.get());
        redirect.addFlashAttribute("message", "topic.saved");
        return "redirect:/topics/{slug}";
    }

    private String view(String slug, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("saved", slug == null ? null : topics.page(slug).topic());
        model.addAttribute("parents", editing.parentOptions(slug));
        return VIEW;
    }

    /** The form with its parent by name rather than by id, for the conflict notice. */
    private Conflict.ComparableForm readable(TopicForm form, Locale locale) {
        String parent = form.parentId() == null ? null : topics.options().stream()
                .filter(option -> form.parentId().equals(option.value())).findFirst()
                .map(option -> option.label().in(locale)).orElse(null);
        return () -> {
            Map<String, Object> fields = new LinkedHashMap<>(form.fieldsByLabel());
            fields.put("topic.form.parent", parent);
            return fields;
        };
    }
}
