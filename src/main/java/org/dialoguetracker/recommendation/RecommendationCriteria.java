package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link RecommendationQuery} as the SQL condition on {@code recommendation r} and its parameters, for
 * native queries. Every value travels as a bound parameter; the text goes through
 * {@code websearch_to_tsquery}, which accepts anything typed. A facet's count is computed with every condition
 * but its own ({@link #flag}). The conditions on linked rows are uncorrelated ({@code r.id in (select …)}), so that
 * PostgreSQL evaluates each once, as a hash, rather than once per recommendation.
 */
public final class RecommendationCriteria {

    enum Facet { TOPIC, STATUS, FEASIBILITY, ADDRESSED_TO, CONSENSUS, MEETING, YEAR }

    static final String MATCHES = "(r.search_en @@ websearch_to_tsquery('english', :q)"
            + " or r.search_ru @@ websearch_to_tsquery('russian', :q))";

    static final String RANK = "(ts_rank(r.search_en, websearch_to_tsquery('english', :q))"
            + " + ts_rank(r.search_ru, websearch_to_tsquery('russian', :q)))";

    private static final String LIFECYCLE = Arrays.stream(RecommendationStatus.values())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "array[", "]"));

    private final RecommendationQuery query;

    private final Map<Facet, String> conditions = new HashMap<>();

    private final Map<String, Object> parameters = new HashMap<>();

    /** The query as a condition for native SQL with named parameters, e.g. for an export's own select. */
    public static RecommendationCriteria of(RecommendationQuery query) {
        return new RecommendationCriteria(query);
    }

    RecommendationCriteria(RecommendationQuery query) {
        this.query = query;
        if (!query.topic().isEmpty()) {
            conditions.put(Facet.TOPIC, """
                    r.id in (select rt.recommendation_id from recommendation_topic rt where rt.topic_id in (
                        with recursive subtree(id) as (
                            select id from topic where slug in (:topic)
                            union
                            select t.id from topic t join subtree s on t.parent_id = s.id)
                        select id from subtree))""");
            parameters.put("topic", List.copyOf(query.topic()));
        }
        column(Facet.STATUS, "r.status", "status", query.status());
        column(Facet.FEASIBILITY, "r.feasibility", "feasibility", query.feasibility());
        column(Facet.ADDRESSED_TO, "r.addressed_to", "addressedTo", query.addressedTo());
        column(Facet.CONSENSUS, "r.consensus", "consensus", query.consensus());
        if (!query.meeting().isEmpty()) {
            conditions.put(Facet.MEETING, "r.id in (select rm.recommendation_id from recommendation_meeting rm"
                    + " where rm.meeting_id in (:meeting))");
            parameters.put("meeting", List.copyOf(query.meeting()));
        }
        if (!query.year().isEmpty()) {
            conditions.put(Facet.YEAR, "r.id in (select rm.recommendation_id from recommendation_meeting rm"
                    + " join meeting m on m.id = rm.meeting_id where cast(extract(year from m.start_date) as int) in (:year))");
            parameters.put("year", List.copyOf(query.year()));
        }
        if (query.searching()) {
            parameters.put("q", query.q());
        }
        if (!query.dialogue().isEmpty()) {
            parameters.put("dialogue", List.copyOf(query.dialogue()));
        }
    }

    /** The condition of the whole query, on {@code recommendation r}: live ones only, or archived ones only when asked. */
    public String where() {
        List<String> all = new ArrayList<>();
        all.add(common());
        chosen().forEach(facet -> all.add(conditions.get(facet)));
        return String.join("\n and ", all);
    }

    /**
     * The condition of the query without the facets' choices: what every facet count starts from. The search words
     * and the dialogues are not facets: they narrow every count alike.
     */
    String common() {
        String live = Boolean.TRUE.equals(query.archived()) ? "r.archived" : "not r.archived";
        String common = query.searching() ? live + " and " + MATCHES : live;
        if (!query.dialogue().isEmpty()) {
            common += " and r.id in (select rm.recommendation_id from recommendation_meeting rm"
                    + " join meeting m on m.id = rm.meeting_id where m.dialogue_id in (:dialogue))";
        }
        return common;
    }

    /** The condition of one facet's choice, or {@code true} where nothing is chosen. */
    String flag(Facet facet) {
        return conditions.getOrDefault(facet, "true");
    }

    /** The facets with a choice. */
    List<Facet> chosen() {
        return Arrays.stream(Facet.values()).filter(conditions::containsKey).toList();
    }

    /** The {@code order by} of the query's sort, ties broken by id so that pages never overlap. */
    public String orderBy() {
        return switch (query.order()) {
            case NEWEST -> "r.created_at desc, r.id desc";
            case REFERENCE -> "r.reference, r.id";
            case STATUS -> "array_position(" + LIFECYCLE + ", cast(r.status as text)), r.reference, r.id";
            case RELEVANCE -> RANK + " desc, r.created_at desc, r.id desc";
        };
    }

    /** The named parameters of {@link #where()} and {@link #orderBy()}. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    private void column(Facet facet, String column, String parameter, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            conditions.put(facet, column + " in (:" + parameter + ")");
            parameters.put(parameter, values.stream().map(Enum::name).toList());
        }
    }
}
