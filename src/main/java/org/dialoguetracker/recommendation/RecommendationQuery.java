package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.dialoguetracker.shared.TextSearch;

/**
 * What a reader asks of the recommendations: the parameters of {@code /recommendations}, of its exports and of
 * {@code /api/recommendations}, bound from the address by name. Several values of one facet widen the choice
 * (any of them); different facets narrow it (all of them). An empty facet means any value.
 *
 * @param topic topic slugs; a topic includes its subtopics; a slug that names no topic matches nothing
 * @param status statuses
 * @param feasibility feasibilities
 * @param addressedTo addressees
 * @param consensus kinds of agreement
 * @param meeting ids of the meetings the recommendations came from
 * @param year years in which one of their meetings began
 * @param dialogue ids of the dialogues (series) one of their meetings belongs to; not a facet with counts, a narrowing
 *        that every count starts from, as the search words are
 * @param q words to search for in English or Russian, as typed; blank for no search
 * @param sort the order; by default relevance when searching, else newest first
 * @param archived the archived recommendations instead of the live ones ({@code ?archived=true}): archived ones are
 *        left out of every list, search and count unless asked for so
 */
public record RecommendationQuery(
        Set<String> topic,
        Set<RecommendationStatus> status,
        Set<Feasibility> feasibility,
        Set<AddressedTo> addressedTo,
        Set<Consensus> consensus,
        Set<Long> meeting,
        Set<Integer> year,
        Set<Long> dialogue,
        String q,
        RecommendationSort sort,
        Boolean archived) {

    public RecommendationQuery {
        topic = copy(topic == null ? null
                : topic.stream().filter(slug -> slug != null && !slug.isBlank()).map(String::strip).toList());
        status = copy(status);
        feasibility = copy(feasibility);
        addressedTo = copy(addressedTo);
        consensus = copy(consensus);
        meeting = copy(meeting);
        year = copy(year);
        dialogue = copy(dialogue);
        q = TextSearch.normalise(q);
        // a wrapper, so that an address without the parameter binds (as false) rather than fails
        archived = Boolean.TRUE.equals(archived);
    }

    /** A query of the live recommendations. */
    public RecommendationQuery(Set<String> topic, Set<RecommendationStatus> status, Set<Feasibility> feasibility,
            Set<AddressedTo> addressedTo, Set<Consensus> consensus, Set<Long> meeting, Set<Integer> year,
            Set<Long> dialogue, String q, RecommendationSort sort) {
        this(topic, status, feasibility, addressedTo, consensus, meeting, year, dialogue, q, sort, false);
    }

    /** A query of the live recommendations without a choice of dialogue, as it was before that filter existed. */
    public RecommendationQuery(Set<String> topic, Set<RecommendationStatus> status, Set<Feasibility> feasibility,
            Set<AddressedTo> addressedTo, Set<Consensus> consensus, Set<Long> meeting, Set<Integer> year, String q,
            RecommendationSort sort) {
        this(topic, status, feasibility, addressedTo, consensus, meeting, year, null, q, sort);
    }

    /** Every live recommendation, newest first. */
    public static RecommendationQuery all() {
        return new RecommendationQuery(null, null, null, null, null, null, null, null, null);
    }

    public static RecommendationQuery ofTopic(String slug) {
        return new RecommendationQuery(Set.of(slug), null, null, null, null, null, null, null, null);
    }

    /** The same query in another order (null: the default one). */
    public RecommendationQuery withSort(RecommendationSort order) {
        return new RecommendationQuery(topic, status, feasibility, addressedTo, consensus, meeting, year, dialogue, q, order,
                archived);
    }

    public boolean searching() {
        return q != null;
    }

    /** The order asked for, or the default: relevance when searching, else newest first. */
    public RecommendationSort order() {
        if (sort == null || sort == RecommendationSort.RELEVANCE && !searching()) {
            return searching() ? RecommendationSort.RELEVANCE : RecommendationSort.NEWEST;
        }
        return sort;
    }

    /** Whether any facet or a search narrows the list. */
    public boolean narrowed() {
        return !topic.isEmpty() || !status.isEmpty() || !feasibility.isEmpty() || !addressedTo.isEmpty()
                || !consensus.isEmpty() || !meeting.isEmpty() || !year.isEmpty() || !dialogue.isEmpty() || searching();
    }

    private static <T> Set<T> copy(Collection<T> values) {
        if (values == null) {
            return Set.of();
        }
        Set<T> copy = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).forEach(copy::add);
        return Collections.unmodifiableSet(copy);
    }
}
