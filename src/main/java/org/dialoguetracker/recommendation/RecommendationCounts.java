package org.dialoguetracker.recommendation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.recommendation.RecommendationCriteria.Facet;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many recommendations a query gives, and how many each facet value would give, kept per data version of the
 * recommendations (V10) as {@link RecommendationSearch} reads it: computing them reads every matching recommendation,
 * reading the version one row, and a change on any instance moves the version, so nothing kept is stale. A bean of its
 * own so that the search's calls go through the cache. The sort is no part of a query here: callers pass it without.
 */
@Component
@Transactional(readOnly = true)
class RecommendationCounts {

    private final EntityManager entityManager;

    RecommendationCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every facet's counts, and the total, of the query as of this data version. */
    @Cacheable(cacheNames = RecommendationCaches.FACETS, sync = true)
    public Facets facets(long dataVersion, RecommendationQuery query) {
        return countFacets(new RecommendationCriteria(query));
    }

    /** How many recommendations the query gives as of this data version. */
    @Cacheable(cacheNames = RecommendationCaches.TOTALS, sync = true)
    public long total(long dataVersion, RecommendationQuery query) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        Query count = nativeQuery("select count(*) from recommendation r where " + criteria.where(), criteria);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Every facet's counts in one statement and one pass over the recommendations: each row is read once with a
     * flag per chosen facet; a facet counts the rows whose other flags hold. Rows failing two choices count
     * nowhere and are dropped first.
     */
    private Facets countFacets(RecommendationCriteria criteria) {
        List<Facet> chosen = criteria.chosen();
        String flags = Arrays.stream(Facet.values())
                .map(facet -> criteria.flag(facet) + " as " + flagName(facet))
                .collect(Collectors.joining(",\n       "));
        String atMostOneFailed = chosen.size() <= 1 ? "true" : chosen.stream()
                .map(facet -> "case when " + flagName(facet) + " then 0 else 1 end")
                .collect(Collectors.joining(" + ")) + " <= 1";
        String sql = """
                with recursive closure(ancestor, descendant) as (
                    select id, id from topic
                    union all
                    select c.ancestor, t.id from closure c join topic t on t.parent_id = c.descendant),
                base as materialized (
                    select r.id, r.status, r.feasibility, r.addressed_to, r.consensus,
                           %s
                      from recommendation r
                     where %s),
                candidate as materialized (
                    select * from base where %s)
                select 'TOPIC', cast(t.ancestor as text), count(*)
                  from (select distinct c.ancestor, b.id
                          from candidate b join recommendation_topic rt on rt.recommendation_id = b.id
                          join closure c on c.descendant = rt.topic_id
                         where %s) t
                 group by t.ancestor
                union all
                select 'STATUS', b.status, count(*) from candidate b where %s group by b.status
                union all
                select 'FEASIBILITY', b.feasibility, count(*) from candidate b where %s group by b.feasibility
                union all
                select 'ADDRESSED_TO', b.addressed_to, count(*) from candidate b where %s group by b.addressed_to
                union all
                select 'CONSENSUS', b.consensus, count(*) from candidate b where %s group by b.consensus
                union all
                select 'MEETING', cast(rm.meeting_id as text), count(*)
                  from candidate b join recommendation_meeting rm on rm.recommendation_id = b.id
                 where %s group by rm.meeting_id
                union all
                select 'YEAR', cast(y.year as text), count(*)
                  from (select distinct cast(extract(year from m.start_date) as int) as year, b.id
                          from candidate b join recommendation_meeting rm on rm.recommendation_id = b.id
                          join meeting m on m.id = rm.meeting_id
                         where %s) y
                 group by y.year
                union all
                select 'TOTAL', null, count(*) from candidate b where %s
                """.formatted(flags, criteria.common(), atMostOneFailed, others(chosen, Facet.TOPIC),
                others(chosen, Facet.STATUS), others(chosen, Facet.FEASIBILITY), others(chosen, Facet.ADDRESSED_TO),
                others(chosen, Facet.CONSENSUS), others(chosen, Facet.MEETING), others(chosen, Facet.YEAR),
                others(chosen, null));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery(sql, criteria).getResultList();
        Map<Long, Long> topic = new LinkedHashMap<>();
        Map<RecommendationStatus, Long> status = new EnumMap<>(RecommendationStatus.class);
        Map<Feasibility, Long> feasibility = new EnumMap<>(Feasibility.class);
        Map<AddressedTo, Long> addressedTo = new EnumMap<>(AddressedTo.class);
        Map<Consensus, Long> consensus = new EnumMap<>(Consensus.class);
        Map<Long, Long> meeting = new LinkedHashMap<>();
        Map<Integer, Long> year = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : rows) {
            String value = (String) row[1];
            long count = ((Number) row[2]).longValue();
            switch ((String) row[0]) {
                case "TOPIC" -> topic.put(Long.valueOf(value), count);
                case "STATUS" -> put(status, RecommendationStatus::valueOf, value, count);
                case "FEASIBILITY" -> put(feasibility, Feasibility::valueOf, value, count);
                case "ADDRESSED_TO" -> put(addressedTo, AddressedTo::valueOf, value, count);
                case "CONSENSUS" -> put(consensus, Consensus::valueOf, value, count);
                case "MEETING" -> meeting.put(Long.valueOf(value), count);
                case "YEAR" -> year.put(Integer.valueOf(value), count);
                default -> total = count;
            }
        }
        return new Facets(topic, status, feasibility, addressedTo, consensus, meeting, year, total);
    }

    private static String flagName(Facet facet) {
        return "chose_" + facet.name().toLowerCase(Locale.ROOT);
    }

    /** Every chosen facet's flag but one's (null: all of them). */
    private static String others(List<Facet> chosen, Facet except) {
        return chosen.stream().filter(facet -> facet != except).map(RecommendationCounts::flagName)
                .reduce((a, b) -> a + " and " + b).orElse("true");
    }

    private static <K> void put(Map<K, Long> counts, Function<String, K> key, String value, long count) {
        counts.put(key.apply(value), count);
    }

    private Query nativeQuery(String sql, RecommendationCriteria criteria) {
        Query query = entityManager.createNativeQuery(sql);
        criteria.parameters().forEach(query::setParameter);
        return query;
    }
}
