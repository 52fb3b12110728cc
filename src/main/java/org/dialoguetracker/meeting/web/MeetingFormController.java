package org.dialoguetracker.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.meeting.MeetingEditing;
import org.dialoguetracker.meeting.MeetingForm;
import org.dialoguetracker.meeting.MeetingFormat;
import org.dialoguetracker.meeting.TrackLevel;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;
import org.dialoguetracker.shared.history.HistoryService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing a meeting's frame: title, place, dates, format, rule, consent to list institutions, summary. Its
 * status is not a choice of this form: it moves by the actions that cause it ({@link MeetingLifecycleController}).
 */
@Controller
@RequestMapping("/meetings")
class MeetingFormController {

    static final String VIEW = "meetings/form";

    private final MeetingEditing editing;

    private final InstitutionService institutions;

    private final HistoryService history;

    MeetingFormController(MeetingEditing editing, InstitutionService institutions, HistoryService history) {
        this.editing = editing;
        this.institutions = institutions;
        this.history = history;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("dialogues", editing.dialogueOptions());
        model.addAttribute("institutions", institutions.options());
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("trackLevels", TrackLevel.values());
        model.addAttribute("rules", AttributionRule.values());
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", editing.blankForm());
        return VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        Long id = editing.create(form);
        redirect.addFlashAttribute("message", "meeting.created");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", editing.editForm(id));
        model.addAttribute("meetingId", id);
        return VIEW;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        model.addAttribute("meetingId", id);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        boolean refused = StaleEdit.of(form, () -> editing.editForm(id), model, response)
                .changedBy(() -> history.lastEditor(Meeting.class, id))
                .refused(() -> editing.update(id, form));
        if (refused) {
            return VIEW;
        }
        redirect.addFlashAttribute("message", "meeting.saved");
        return "redirect:/meetings/" + id;
    }
}
