package org.dialoguetracker.document.web;

import java.util.Locale;

import org.dialoguetracker.document.UploadRefused;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused upload or change goes back to the page of the panel it came from, with the reason shown in that panel
 * (flash attributes {@code documentError}, the text, and {@code documentErrorPanel}, the panel's id).
 */
final class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    void flash(RedirectAttributes redirect, String panel, UploadRefused refused, Locale locale) {
        Object[] arguments = refused.getArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MessageSourceResolvable nested) {
                arguments[i] = messages.getMessage(nested, locale);
            }
        }
        flash(redirect, panel, messages.getMessage(refused.getCodes()[0], arguments, locale));
    }

    void flash(RedirectAttributes redirect, String panel, BindingResult binding, Locale locale) {
        flash(redirect, panel, messages.getMessage("document.refused.form", null, locale));
    }

    private static void flash(RedirectAttributes redirect, String panel, String text) {
        redirect.addFlashAttribute("documentError", text);
        redirect.addFlashAttribute("documentErrorPanel", panel);
    }
}
