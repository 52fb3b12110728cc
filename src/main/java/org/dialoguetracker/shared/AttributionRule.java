package org.dialoguetracker.shared;

/**
 * How much of who-said-what may be reported: the rule a meeting is held under, and the attribution of each
 * statement, which may not exceed its meeting's rule. Ordered from least to most disclosed.
 */
public enum AttributionRule {
    /** Chatham House in its strict form: no speaker, side or affiliation. */
    NONE,
    /** "A UK participant", "the Russian side". */
    SIDE,
    /** On the record, with the speaker's consent. */
    NAMED;

    public boolean allows(AttributionRule wanted) {
        return wanted.ordinal() <= ordinal();
    }

    /** The lesser of the two: what may actually be shown. */
    public AttributionRule limitedTo(AttributionRule rule) {
        return rule.ordinal() < ordinal() ? rule : this;
    }
}
