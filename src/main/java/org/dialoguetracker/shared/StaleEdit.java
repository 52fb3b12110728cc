package org.dialoguetracker.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * How an edit form answers a save made over a version someone else saved meanwhile (the
 * {@code ObjectOptimisticLockingFailureException} of {@link Versions#check} or of a concurrent commit): the same
 * page again, so that nothing the user typed is lost and nothing of the other edit is overwritten unseen.
 */
public final class StaleEdit {

    private StaleEdit() {
    }

    /**
     * Answers with status 409 Conflict, the {@code forms :: conflictNotice} of what the save would have overwritten
     * above the form, and the user's values kept in the form. The caller renders its form's view as usual.
     *
     * @param mine the form as submitted, at the version saved now: saving it again knowingly replaces the other edit
     */
    public static void refused(Conflict conflict, Object mine, Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict);
        model.addAttribute("form", mine);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
