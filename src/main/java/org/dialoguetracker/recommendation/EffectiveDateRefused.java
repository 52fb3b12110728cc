package org.dialoguetracker.recommendation;

import java.time.LocalDate;

/**
 * A status change dated where it cannot have taken effect: after today, or before the recommendation was made
 * (the start of its first meeting). Nothing is saved.
 */
public class EffectiveDateRefused extends RuntimeException {

    private final String code;

    private final LocalDate limit;

    EffectiveDateRefused(String code, LocalDate limit) {
        super("A status change cannot take effect on that day: " + code + " " + limit);
        this.code = code;
        this.limit = limit;
    }

    /** The message key that explains the refusal: {@code recommendation.statusForm.effectiveOn.future} or {@code .beforeMeeting}. */
    public String code() {
        return code;
    }

    /** The latest (today) or earliest (the first meeting's start) day allowed. */
    public LocalDate limit() {
        return limit;
    }
}
