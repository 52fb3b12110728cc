package org.dialoguetracker.shared;

import java.beans.PropertyEditorSupport;
import java.util.List;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every form record (and every other record a request binds to, such as the recommendations' query) receives
 * of the text typed into it: stripped of the blanks around it, and null when nothing is left, so that a field left
 * empty is stored as no value and the checks of the forms see one or the other, never "  ".
 *
 * <p>Two kinds of value keep what was sent. Passwords, because a blank at either end is part of the password: a
 * form's password fields are bound as typed (a new form with a password field must be named here). And single
 * request parameters ({@code @RequestParam}, {@code @PathVariable}), which each handler reads as it needs: a blank
 * {@code ?q=} is "no search" to the handler already, and turning a path's text into null would make a 404 a 400.
 */
@ControllerAdvice
class FormBinding {

    /** The fields bound exactly as typed, in any form that has them. */
    static final List<String> AS_TYPED = List.of("password", "passwordConfirmation");

    @InitBinder
    void blankTextIsNull(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return; // a single request parameter, not a record
        }
        binder.registerCustomEditor(String.class, new StrippingEditor());
        AS_TYPED.forEach(field -> binder.registerCustomEditor(String.class, field, new AsTypedEditor()));
    }

    /**
     * {@link StringTrimmerEditor} trims what {@link String#trim()} does, which leaves Unicode blanks (an em space
     * pasted from a word processor, say) in place; stripped first, they go too.
     */
    private static final class StrippingEditor extends StringTrimmerEditor {

        StrippingEditor() {
            super(true);
        }

        @Override
        public void setAsText(String text) {
            super.setAsText(text == null ? null : text.strip());
        }
    }

    private static final class AsTypedEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
