package org.dialoguetracker.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import org.dialoguetracker.notification.Recipients;
import org.dialoguetracker.notification.UnsubscribeTokens;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A mail's unsubscribe link, for anyone holding it, signed in or not. Opening it only asks (mail scanners open links
 * on their own); the form's POST unsubscribes, once however often it is sent. A token that was changed, cut short or
 * signed with another key gets a 400 page that says so; nothing is written then.
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribeController {

    private final UnsubscribeTokens tokens;

    private final Recipients recipients;

    UnsubscribeController(UnsubscribeTokens tokens, Recipients recipients) {
        this.tokens = tokens;
        this.recipients = recipients;
    }

    @GetMapping
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        return tokens.read(token).map(subscription -> {
            model.addAttribute("subscription", subscription);
            model.addAttribute("token", token);
            model.addAttribute("already", recipients.unsubscribed(subscription.address(), subscription.kind()));
            return "notifications/unsubscribe";
        }).orElseGet(() -> invalid(response));
    }

    @PostMapping
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return tokens.read(token).map(subscription -> {
            boolean changed = recipients.unsubscribe(subscription.address(), subscription.kind());
            model.addAttribute("subscription", subscription);
            model.addAttribute("changed", changed);
            return "notifications/unsubscribed";
        }).orElseGet(() -> invalid(response));
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "notifications/unsubscribe-invalid";
    }
}
