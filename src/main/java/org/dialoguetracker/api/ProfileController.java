package org.dialoguetracker.api;

import java.util.List;

import jakarta.validation.Valid;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.web.ProfileSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The signed-in user's own page: who they are to the tracker, and their personal access tokens for the JSON API.
 * A new token's secret is shown once, on the page the creation leads to, and never again.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final ApiTokens tokens;

    private final List<ProfileSection> sections;

    ProfileController(ApiTokens tokens, List<ProfileSection> sections) {
        this.tokens = tokens;
        this.sections = sections;
    }

    @GetMapping
    String show(Authentication authentication, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.blank());
        }
        model.addAttribute("user", tokens.account(authentication.getName()));
        model.addAttribute("tokens", tokens.list(authentication.getName()));
        model.addAttribute("apiBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        // other modules' sections (the mail preferences, ...), each with what it shows
        model.addAttribute("sections", sections);
        for (ProfileSection section : sections) {
            section.model(authentication.getName()).forEach((name, value) -> {
                if (!model.containsAttribute(name)) {
                    model.addAttribute(name, value);
                }
            });
        }
        return "profile/show";
    }

    @PostMapping("/tokens")
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult binding, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            return show(authentication, model);
        }
        ApiTokens.Created created = tokens.create(authentication.getName(), form);
        redirect.addFlashAttribute("createdName", created.name());
        redirect.addFlashAttribute("createdSecret", created.secret());
        return "redirect:/profile#new-token";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
        tokens.revoke(authentication.getName(), id);
        redirect.addFlashAttribute("message", "profile.token.revoked");
        return "redirect:/profile";
    }
}
