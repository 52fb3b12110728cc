package org.dialoguetracker.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.dialoguetracker.shared.Bilingual;

/**
 * A change of a recommendation's status as a list of changes across recommendations shows it (the briefing before
 * the next round): which recommendation, from what to what, the day it took effect and the day it was recorded, and
 * its note in both languages.
 */
public record StatusStep(Long recommendationId, String reference, Bilingual title, RecommendationStatus from,
        RecommendationStatus to, LocalDate effectiveOn, Instant changedAt, Bilingual note) {

    /** As the query selects it, column by column. */
    public StatusStep(Long recommendationId, String reference, String titleEn, String titleRu,
            RecommendationStatus from, RecommendationStatus to, LocalDate effectiveOn, Instant changedAt, String note,
            String noteRu) {
        this(recommendationId, reference, new Bilingual(titleEn, titleRu), from, to, effectiveOn, changedAt,
                new Bilingual(note, noteRu));
    }

    /** The day it was recorded, in UTC. */
    public LocalDate changedOn() {
        return LocalDate.ofInstant(changedAt, ZoneOffset.UTC);
    }

    /** True when it was recorded on a later day than it took effect. */
    public boolean backdated() {
        return !effectiveOn.equals(changedOn());
    }
}
