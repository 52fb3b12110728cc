package org.dialoguetracker.shared;

/**
 * An edit form that carries the version of the record it was opened at, so that saving it over a newer version is
 * refused as a {@link StaleEdit} rather than overwriting what someone else saved meanwhile.
 *
 * @param <F> the form itself, as {@link #withVersion} returns it
 */
public interface EditForm<F extends EditForm<F>> extends Conflict.ComparableForm {

    /** The version the form was opened at; null when a request left it out. */
    Long version();

    /** The same values at another version: the one saved now, to save them again knowingly. */
    F withVersion(Long version);
}
