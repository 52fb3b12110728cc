package org.dialoguetracker.audit.web;

import org.dialoguetracker.audit.AuditTrail;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in user's own part of the audit trail: the latest logins to their account, the failed ones and those the
 * login throttle refused included, so that whoever is targeted by password guessing sees it, not only the admins.
 */
@Controller
class LoginsController {

    static final int SHOWN = 50;

    private final AuditTrail trail;

    LoginsController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/profile/sign-ins")
    String logins(Authentication authentication, Model model) {
        model.addAttribute("entries", trail.logins(authentication.getName(), SHOWN));
        return "profile/sign-ins";
    }
}
