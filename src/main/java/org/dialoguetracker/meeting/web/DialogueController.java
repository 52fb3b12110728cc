package org.dialoguetracker.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.meeting.DialogueEditing;
import org.dialoguetracker.meeting.DialogueForm;
import org.dialoguetracker.meeting.TrackLevel;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.Side;
import org.dialoguetracker.shared.StaleEdit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dialogues: the list for every reader, and the form where organisers set one up and name each side's lead. */
@Controller
@RequestMapping("/dialogues")
class DialogueController {

    static final String VIEW = "dialogues/form";

    private final DialogueEditing editing;

    private final InstitutionService institutions;

    DialogueController(DialogueEditing editing, InstitutionService institutions) {
        this.editing = editing;
        this.institutions = institutions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("dialogues", editing.list());
        return "dialogues/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        DialogueForm form = DialogueForm.blank();
        model.addAttribute("form", form);
        choices(model, form);
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DialogueForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors() || editing.create(form, result) == null) {
            choices(model, form);
            return VIEW;
        }
        redirect.addFlashAttribute("message", "dialogue.created");
        return "redirect:/dialogues";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        DialogueForm form = editing.editForm(id);
        model.addAttribute("form", form);
        model.addAttribute("dialogueId", id);
        choices(model, form);
        return VIEW;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") DialogueForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.name(id); // an unknown dialogue is a 404 before anything else
        model.addAttribute("dialogueId", id);
        choices(model, form);
        if (result.hasErrors()) {
            return VIEW;
        }
        boolean saved = StaleEdit.of(form, () -> editing.editForm(id), model, response)
                .attempt(() -> editing.update(id, form, result)).orElse(false);
        if (!saved) {
            return VIEW;
        }
        redirect.addFlashAttribute("message", "dialogue.saved");
        return "redirect:/dialogues";
    }

    /** The choices of the form, with the leads it names now; read only when a form is shown, never for the list. */
    private void choices(Model model, DialogueForm form) {
        model.addAttribute("institutions", institutions.options());
        model.addAttribute("trackLevels", TrackLevel.values());
        model.addAttribute("ukLeads", editing.leadOptions(Side.UK, form.ukLeadId()));
        model.addAttribute("russiaLeads", editing.leadOptions(Side.RUSSIA, form.russiaLeadId()));
    }
}
