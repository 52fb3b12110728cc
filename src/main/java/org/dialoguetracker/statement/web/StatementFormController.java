package org.dialoguetracker.statement.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.statement.Statement;
import org.dialoguetracker.statement.StatementEditing;
import org.dialoguetracker.statement.StatementForm;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting or removing a statement after the fact. */
@Controller
@RequestMapping("/meetings/{meetingId}/statements/{statementId}")
class StatementFormController {

    static final String VIEW = "statements/form";

    private final StatementEditing editing;

    private final StatementChoices choices;

    private final HistoryService history;

    StatementFormController(StatementEditing editing, StatementChoices choices, HistoryService history) {
        this.editing = editing;
        this.choices = choices;
        this.history = history;
    }

    @GetMapping("/edit")
    String edit(@PathVariable Long meetingId, @PathVariable Long statementId, Model model) {
        StatementForm form = editing.editForm(meetingId, statementId);
        model.addAttribute("form", form);
        return view(meetingId, statementId, form.speakerId(), model);
    }

    @PostMapping("/edit")
    String update(@PathVariable Long meetingId, @PathVariable Long statementId,
            @Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        boolean refused = StaleEdit.of(form, () -> framedAround(meetingId, statementId, model), model, response)
                .changedBy(() -> history.lastEditor(Statement.class, statementId))
                .shownAs(shown -> choices.readable(shown, model, locale))
                .refused(() -> editing.update(meetingId, statementId, form, result));
        if (refused) {
            return VIEW;
        }
        if (result.hasErrors()) {
            return view(meetingId, statementId, editing.editForm(meetingId, statementId).speakerId(), model);
        }
        redirect.addFlashAttribute("message", "statement.saved");
        return "redirect:/meetings/{meetingId}/minutes";
    }

    @PostMapping("/delete")
    String delete(@PathVariable Long meetingId, @PathVariable Long statementId, RedirectAttributes redirect) {
        editing.delete(meetingId, statementId);
        redirect.addFlashAttribute("message", "statement.deleted");
        return "redirect:/meetings/{meetingId}/minutes";
    }

    /**
     * The statement as saved now, with the edit page framed around it: its speaker among the choices, which the
     * conflict notice then names the form's ids by.
     */
    private StatementForm framedAround(Long meetingId, Long statementId, Model model) {
        StatementForm saved = editing.editForm(meetingId, statementId);
        view(meetingId, statementId, saved.speakerId(), model);
        return saved;
    }

    /** The edit page's frame; the saved statement's speaker stays among the choices. */
    private String view(Long meetingId, Long statementId, Long savedSpeaker, Model model) {
        model.addAttribute("statementId", statementId);
        choices.addTo(model, meetingId, (StatementForm) model.getAttribute("form"), savedSpeaker);
        return VIEW;
    }
}
