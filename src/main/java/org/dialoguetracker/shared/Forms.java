package org.dialoguetracker.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Small helpers for the one POST shape of the forms. */
public final class Forms {

    private Forms() {
    }

    /**
     * The binding result of a form record, made usable when a value could not be converted (a date typed as
     * "next Tuesday", a crafted enum). Spring still creates the record (with null there) but leaves the result
     * without a target, so neither further checks nor the re-rendered fields could read the form. The returned
     * result holds the record, the errors so far and the rejected input, and replaces the original in the model.
     * Call it first in every POST handler and use what it returns.
     */
    public static BindingResult bound(Object form, BindingResult result, Model model) {
        if (result.getTarget() != null || form == null) {
            return result;
        }
        return rebound(form, result, model);
    }

    /**
     * Puts {@code form} in the model in place of the bound one, with the errors so far: for a form whose nested
     * part never arrived (a crafted request without any of its fields), re-rendered with that part blank.
     */
    public static BindingResult rebound(Object form, BindingResult result, Model model) {
        BeanPropertyBindingResult repaired = new BeanPropertyBindingResult(form, result.getObjectName());
        repaired.addAllErrors(result);
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), repaired);
        return repaired;
    }
}
