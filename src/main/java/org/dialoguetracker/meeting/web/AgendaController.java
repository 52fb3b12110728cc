package org.dialoguetracker.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.meeting.AgendaItem;
import org.dialoguetracker.meeting.AgendaItemForm;
import org.dialoguetracker.meeting.MeetingEditing;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.StaleEdit;
import org.dialoguetracker.shared.history.HistoryService;
import org.dialoguetracker.topic.TopicService;

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

/** The agenda of a meeting: add, edit, reorder and remove sessions. */
@Controller
@RequestMapping("/meetings/{meetingId}/agenda")
class AgendaController {

    static final String VIEW = "meetings/agenda-item-form";

    private final MeetingEditing editing;

    private final MeetingService meetings;

    private final TopicService topics;

    private final HistoryService history;

    AgendaController(MeetingEditing editing, MeetingService meetings, TopicService topics, HistoryService history) {
        this.editing = editing;
        this.meetings = meetings;
        this.topics = topics;
        this.history = history;
    }

    @ModelAttribute
    void frame(@PathVariable Long meetingId, Model model) {
        model.addAttribute("meeting", meetings.details(meetingId));
        model.addAttribute("topicOptions", topics.options());
    }

    @GetMapping("/new")
    String add(Model model) {
        model.addAttribute("form", AgendaItemForm.blank());
        return VIEW;
    }

    @PostMapping
    String add(@PathVariable Long meetingId, @Valid @ModelAttribute("form") AgendaItemForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        editing.addAgendaItem(meetingId, form);
        redirect.addFlashAttribute("message", "agenda.saved");
        return "redirect:/meetings/" + meetingId + "#agenda";
    }

    @GetMapping("/{itemId}/edit")
    String edit(@PathVariable Long meetingId, @PathVariable Long itemId, Model model) {
        model.addAttribute("form", editing.agendaItemForm(meetingId, itemId));
        model.addAttribute("itemId", itemId);
        return VIEW;
    }

    @PostMapping("/{itemId}/edit")
    String update(@PathVariable Long meetingId, @PathVariable Long itemId,
            @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        model.addAttribute("itemId", itemId);
        editing.validate(form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        boolean refused = StaleEdit.of(form, () -> editing.agendaItemForm(meetingId, itemId), model, response)
                .changedBy(() -> history.lastEditor(AgendaItem.class, itemId))
                .refused(() -> editing.updateAgendaItem(meetingId, itemId, form));
        if (refused) {
            return VIEW;
        }
        redirect.addFlashAttribute("message", "agenda.saved");
        return "redirect:/meetings/" + meetingId + "#agenda";
    }

    @PostMapping("/{itemId}/move")
    String move(@PathVariable Long meetingId, @PathVariable Long itemId, @RequestParam int step) {
        editing.moveAgendaItem(meetingId, itemId, step);
        return "redirect:/meetings/" + meetingId + "#agenda";
    }

    @PostMapping("/{itemId}/delete")
    String remove(@PathVariable Long meetingId, @PathVariable Long itemId, RedirectAttributes redirect) {
        editing.removeAgendaItem(meetingId, itemId);
        redirect.addFlashAttribute("message", "agenda.removed");
        return "redirect:/meetings/" + meetingId + "#agenda";
    }
}
