package org.dialoguetracker.participant.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.participant.Capacity;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.participant.ParticipantEditing;
import org.dialoguetracker.participant.ParticipantForm;
import org.dialoguetracker.participant.ParticipantService;
import org.dialoguetracker.shared.Side;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a participant. */
@Controller
@RequestMapping("/participants")
class ParticipantFormController {

    static final String VIEW = "participants/form";

    private final ParticipantService participants;

    private final ParticipantEditing editing;

    private final InstitutionService institutions;

    private final MessageSource messages;

    ParticipantFormController(ParticipantService participants, ParticipantEditing editing,
            InstitutionService institutions, MessageSource messages) {
        this.participants = participants;
        this.editing = editing;
        this.institutions = institutions;
        this.messages = messages;
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", ParticipantForm.blank());
        return view(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ParticipantForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return view(model);
        }
        Long id = editing.create(form);
        redirect.addFlashAttribute("message", "participant.created");
        return "redirect:/participants/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", participants.editForm(id));
        model.addAttribute("participantId", id);
        return view(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ParticipantForm form, BindingResult binding,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        model.addAttribute("participantId", id);
        editing.validate(form, result);
        if (result.hasErrors()) {
            participants.editForm(id); // an unknown id is a 404, not a form with errors
            return view(model);
        }
        Function<Long, String> names = institutionId -> institutions.find(institutionId)
                .map(institution -> institution.getName().in(locale)).orElse(String.valueOf(institutionId));
        boolean refused = StaleEdit.of(form, () -> participants.editForm(id), model, response)
                .changedBy(() -> Optional.of(messages.getMessage("people.conflict.someoneElse", null, locale)))
                .shownAs(shown -> shown.withInstitutionNamed(names))
                .refused(() -> editing.update(id, form));
        if (refused) {
            return view(model);
        }
        redirect.addFlashAttribute("message", "participant.saved");
        return "redirect:/participants/" + id;
    }

    private String view(Model model) {
        model.addAttribute("institutions", institutions.options());
        model.addAttribute("sides", Side.values());
        model.addAttribute("capacities", Capacity.values());
        return VIEW;
    }
}
