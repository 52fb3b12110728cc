package org.dialoguetracker.recommendation;

import java.util.Map;

/**
 * How many recommendations each facet value would give with the other facets' choices applied, as
 * {@code /recommendations} shows next to each value. Values that would give none are absent.
 *
 * @param topic by topic id, a topic counting the recommendations of its subtopics too (each once)
 * @param meeting by meeting id
 * @param year by the year a meeting began
 * @param total how many the whole query gives
 */
public record Facets(
        Map<Long, Long> topic,
        Map<RecommendationStatus, Long> status,
        Map<Feasibility, Long> feasibility,
        Map<AddressedTo, Long> addressedTo,
        Map<Consensus, Long> consensus,
        Map<Long, Long> meeting,
        Map<Integer, Long> year,
        long total) {
}
