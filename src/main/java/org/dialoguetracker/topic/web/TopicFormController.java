package org.dialoguetracker.topic.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.shared.Conflict;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.topic.TopicEditing;
import org.dialoguetracker.topic.TopicForm;
import org.dialoguetracker.topic.TopicService;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        String saved;
        try {
            saved = editing.update(slug, form);
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            TopicForm current = editing.editForm(slug);
            Map<Object, String> names = names(locale);
            Conflict conflict = Conflict.between(readable(current, names), readable(form, names), null);
            StaleEdit.refused(conflict, form.withVersion(current.version()), model, response);
            return view(slug, model);
        }
        redirect.addAttribute("slug", saved);
        redirect.addFlashAttribute("message", "topic.saved");
        return "redirect:/topics/{slug}";
    }

    private String view(String slug, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("saved", slug == null ? null : topics.page(slug).topic());
        model.addAttribute("parents", editing.parentOptions(slug));
        return VIEW;
    }

    private Map<Object, String> names(Locale locale) {
        Map<Object, String> names = new LinkedHashMap<>();
        for (Option option : topics.options()) {
            names.put(option.value(), option.label().in(locale));
        }
        return names;
    }

    /** The form with its parent by name rather than by id, for the conflict notice. */
    private static Conflict.ComparableForm readable(TopicForm form, Map<Object, String> names) {
        return () -> {
            Map<String, Object> fields = new LinkedHashMap<>(form.fieldsByLabel());
            fields.put("topic.form.parent", form.parentId() == null ? null : names.get(form.parentId()));
            return fields;
        };
    }
}
