package org.dialoguetracker.audit.web;

import java.time.LocalDate;

import org.dialoguetracker.audit.AuditTrail;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Paging;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail, for admins: who logged in, failed to, changed what, exported what. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(required = false) String user, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", trail.search(new AuditTrail.Filter(user, kind, from, to), Paging.page(page), 50));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("user", user);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }
}
