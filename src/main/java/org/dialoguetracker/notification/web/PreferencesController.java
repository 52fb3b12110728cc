package org.dialoguetracker.notification.web;

import jakarta.validation.Valid;
import org.dialoguetracker.notification.NotificationPreferences;
import org.dialoguetracker.notification.PreferencesForm;
import org.dialoguetracker.shared.Forms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the notifications section of /profile. The page is the api module's; a form with errors goes back to it with
 * the errors next to the fields (carried across the redirect as the binding result).
 */
@Controller
class PreferencesController {

    private final NotificationPreferences preferences;

    PreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @PostMapping("/profile/notifications")
    String save(@Valid @ModelAttribute("notificationForm") PreferencesForm form, BindingResult binding,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("notificationForm", form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "notificationForm", result);
            return "redirect:/profile#notifications";
        }
        preferences.save(authentication.getName(), form);
        redirect.addFlashAttribute("message", "notifications.profile.saved");
        return "redirect:/profile#notifications";
    }
}
