package org.dialoguetracker.statement.web;

import jakarta.validation.Valid;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementEditing;
import org.dialoguetracker.statement.StatementForm;
import org.dialoguetracker.statement.StatementKind;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.statement.StatementSide;

import org.dialoguetracker.shared.Forms;

import org.springframework.security.core.Authentication;
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

/**
 * The minute-taker's workspace during a meeting: the statement form on top, the last statements recorded below,
 * newest first. After each save the form comes back empty, on the same session, kind and side.
 */
@Controller
@RequestMapping("/meetings/{meetingId}")
class MinutesController {

    static final String VIEW = "statements/minutes";

    /**
     * The statements listed under the form, the last recorded first; the meeting's page has them all. A meeting of
     * hundreds of statements took most of a second to load and render after every statement recorded (issue 18,
     * item 9).
     */
    static final int LATEST = 20;

    private final StatementEditing editing;

    private final StatementService statements;

    private final StatementChoices choices;

    MinutesController(StatementEditing editing, StatementService statements, StatementChoices choices) {
        this.editing = editing;
        this.statements = statements;
        this.choices = choices;
    }

    @GetMapping("/minutes")
    String minutes(@PathVariable Long meetingId, @RequestParam(required = false) Long agendaItem,
            @RequestParam(required = false) StatementKind kind, @RequestParam(required = false) StatementSide side,
            Authentication authentication, Model model) {
        StatementForm form = editing.nextForm(meetingId, agendaItem, kind, side);
        model.addAttribute("form", form);
        return workspace(meetingId, form, authentication, model);
    }

    @PostMapping("/statements")
    String record(@PathVariable Long meetingId, @Valid @ModelAttribute("form") StatementForm form,
            BindingResult binding, Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.record(meetingId, form, result);
        if (result.hasErrors()) {
            return workspace(meetingId, form, authentication, model);
        }
        redirect.addFlashAttribute("message", "statement.recorded");
        if (form.agendaItemId() != null) {
            redirect.addAttribute("agendaItem", form.agendaItemId());
        }
        redirect.addAttribute("kind", form.kind());
        redirect.addAttribute("side", form.side());
        return "redirect:/meetings/{meetingId}/minutes";
    }

    private String workspace(Long meetingId, StatementForm form, Authentication authentication, Model model) {
        choices.addTo(model, meetingId, form, null);
        model.addAttribute("latest", statements.latestOfMeeting(meetingId, LATEST, Viewer.of(authentication)));
        return VIEW;
    }
}
