package org.dialoguetracker.audit.web;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dialoguetracker.audit.AuditTrail;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.history.RevisionChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, for admins: who logged in, failed to, changed what (each record by its kind and title, the fields
 * changed, a link to its page), exported what.
 */
@Controller
class AuditController {

    private final AuditTrail trail;

    private final ObjectProvider<RevisionChanges> changes;

    /** Without {@code RevisionChanges} (the audit module tested alone), change rows show their summary. */
    AuditController(AuditTrail trail, ObjectProvider<RevisionChanges> changes) {
        this.trail = trail;
        this.changes = changes;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(required = false) String user, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        Page<AuditTrail.Entry> entries = trail.search(new AuditTrail.Filter(user, kind, from, to), Paging.page(page), 50);
        model.addAttribute("entries", entries);
        // what each change on this page did, record by record, in words and with a link to the record
        List<Long> revisions = entries.getContent().stream().map(AuditTrail.Entry::revision).filter(Objects::nonNull)
                .toList();
        model.addAttribute("changes", changes.stream().findFirst().map(described -> described.of(revisions))
                .orElse(Map.of()));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("user", user);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }
}
