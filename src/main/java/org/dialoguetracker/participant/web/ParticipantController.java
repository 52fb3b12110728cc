package org.dialoguetracker.participant.web;

import java.util.List;

import org.dialoguetracker.participant.ParticipantEditing;
import org.dialoguetracker.participant.ParticipantService;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.web.Notice;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Participants: the list with its search, a participant's page, archiving and deletion. */
@Controller
@RequestMapping("/participants")
class ParticipantController {

    private final ParticipantService participants;

    private final ParticipantEditing editing;

    ParticipantController(ParticipantService participants, ParticipantEditing editing) {
        this.participants = participants;
        this.editing = editing;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("archived", archived);
        model.addAttribute("participants", participants.list(q, archived, Paging.page(page), Paging.size(size)));
        return "participants/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("participant", participants.details(id));
        return "participants/show";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        List<String> reasons;
        try {
            reasons = editing.delete(id);
        }
        catch (DataIntegrityViolationException inUseMeanwhile) {
            reasons = List.of("participant.delete.refused.inUse");
        }
        if (!reasons.isEmpty()) {
            redirect.addFlashAttribute("refusals", reasons.stream().map(Notice::of).toList());
            return "redirect:/participants/" + id;
        }
        redirect.addFlashAttribute("message", "participant.deleted");
        return "redirect:/participants";
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable Long id, RedirectAttributes redirect) {
        editing.archive(id);
        redirect.addFlashAttribute("message", "participant.archived.done");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/unarchive")
    String unarchive(@PathVariable Long id, RedirectAttributes redirect) {
        editing.unarchive(id);
        redirect.addFlashAttribute("message", "participant.unarchived.done");
        return "redirect:/participants/" + id;
    }
}
