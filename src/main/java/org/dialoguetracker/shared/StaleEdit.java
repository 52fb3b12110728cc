package org.dialoguetracker.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;

/**
 * How an edit form answers a save made over a version someone else saved meanwhile (the
 * {@code ObjectOptimisticLockingFailureException} of {@link Versions#check} or of a concurrent commit): the same
 * page again, so that nothing the user typed is lost and nothing of the other edit is overwritten unseen. The save
 * ran in its own transaction, which the exception rolled back, so nothing of it is half-saved.
 *
 * <pre>{@code
 * boolean refused = StaleEdit.of(form, () -> editing.editForm(id), model, response)
 *         .changedBy(() -> history.lastEditor(Meeting.class, id))
 *         .refused(() -> editing.update(id, form));
 * if (refused) {
 *     return VIEW; // the form again, as after a validation error
 * }
 * }</pre>
 *
 * @param <F> the form
 */
public final class StaleEdit<F extends EditForm<F>> {

    private final F mine;

    private final Supplier<F> saved;

    private final Model model;

    private final HttpServletResponse response;

    private Supplier<Optional<String>> changedBy = Optional::empty;

    private Function<F, Conflict.ComparableForm> shown = form -> form;

    private StaleEdit(F mine, Supplier<F> saved, Model model, HttpServletResponse response) {
        this.mine = mine;
        this.saved = saved;
        this.model = model;
        this.response = response;
    }

    /**
     * @param mine the form as submitted
     * @param saved the form of the record as saved now, read only if the save is refused
     */
    public static <F extends EditForm<F>> StaleEdit<F> of(F mine, Supplier<F> saved, Model model,
            HttpServletResponse response) {
        return new StaleEdit<>(mine, saved, model, response);
    }

    /** Who saved the version the user did not see, when known; the notice says "?" otherwise. */
    public StaleEdit<F> changedBy(Supplier<Optional<String>> editor) {
        this.changedBy = editor;
        return this;
    }

    /** How the notice shows both versions of the form, when ids must become names; the form itself by default. */
    public StaleEdit<F> shownAs(Function<F, Conflict.ComparableForm> readable) {
        this.shown = readable;
        return this;
    }

    /**
     * Runs the save and returns what it returns, or nothing if it met a newer version. Then the response is a 409
     * Conflict, the model holds the {@code forms :: conflictNotice} of what the save would have overwritten, and
     * the form keeps the user's values at the version saved now, so that saving it again knowingly replaces the
     * other edit. The caller renders its form's view as usual.
     */
    public <T> Optional<T> attempt(Supplier<T> save) {
        try {
            return Optional.of(save.get());
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            F current = saved.get();
            Conflict conflict = Conflict.between(shown.apply(current), shown.apply(mine),
                    changedBy.get().orElse(null));
            model.addAttribute("conflict", conflict);
            model.addAttribute("form", mine.withVersion(current.version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return Optional.empty();
        }
    }

    /** Runs a save that returns nothing, as {@link #attempt}: true if it met a newer version and was refused. */
    public boolean refused(Runnable save) {
        return attempt(() -> {
            save.run();
            return Boolean.TRUE;
        }).isEmpty();
    }
}
