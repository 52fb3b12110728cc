package org.dialoguetracker.participant.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.participant.InstitutionEditing;
import org.dialoguetracker.participant.InstitutionForm;
import org.dialoguetracker.participant.InstitutionKind;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.Paging;

import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.context.MessageSource;
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

/** Institutions: the list, for every reader, and the form, for organisers and admins. */
@Controller
@RequestMapping("/institutions")
class InstitutionController {

    static final String LIST = "institutions/list";

    static final String FORM = "institutions/form";

    private final InstitutionService institutions;

    private final InstitutionEditing editing;

    private final MessageSource messages;

    InstitutionController(InstitutionService institutions, InstitutionEditing editing, MessageSource messages) {
        this.institutions = institutions;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Locale locale, Model model) {
        model.addAttribute("institutions", institutions.list(Paging.page(page), Paging.size(size), locale));
        return LIST;
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", InstitutionForm.blank());
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        form.validate(result);
        if (result.hasErrors()) {
            return form(model);
        }
        editing.create(form);
        redirect.addFlashAttribute("message", "institution.created");
        return "redirect:/institutions";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", institutions.editForm(id));
        model.addAttribute("institutionId", id);
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        model.addAttribute("institutionId", id);
        form.validate(result);
        if (result.hasErrors()) {
            institutions.editForm(id); // an unknown id is a 404, not a form with errors
            return form(model);
        }
        boolean refused = StaleEdit.of(form, () -> institutions.editForm(id), model, response)
                .changedBy(() -> Optional.of(messages.getMessage("people.conflict.someoneElse", null, locale)))
                .refused(() -> editing.update(id, form));
        if (refused) {
            return form(model);
        }
        redirect.addFlashAttribute("message", "institution.saved");
        return "redirect:/institutions";
    }

    private static String form(Model model) {
        model.addAttribute("kinds", InstitutionKind.values());
        return FORM;
    }
}
