package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.recommendation.RecommendationCriteria.Facet;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.TextSearch.Highlight;
import org.dialoguetracker.shared.TextSearch;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Faceted browsing and bilingual full-text search of the live recommendations, computed in PostgreSQL: one
 * statement for the data version, one for the page, one for the facet counts (or the total), one to load what the
 * page shows.
 *
 * <p>What is costly to compute is kept per data version of the recommendations (V10), so that a change on any
 * instance makes it stale at once: the facet counts and totals, the order of a search's ranked matches (ids only),
 * and what a list shows of each recommendation. Reading the version is one row; once they are kept, a page costs
 * the version, its page of ids and its headlines. Headlines ({@code ts_headline}, which parses a whole text again)
 * are made for the rows a page shows only, afresh each time.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

    /** A page's row that no search matched: no headline in either language. */
    private static final String[] NO_HEADLINES = new String[2];

    /** How many of the most recent matches a search ranks at most, see {@link #rankable}. */
    private int ranked = 1_000;

    /** Facet counts already computed on this instance, by query and data version; a few hundred bytes each. */
    private final Cache<CountedQuery, Facets> counted = Caffeine.newBuilder().maximumSize(5_000).build();

    /** Totals of the queries of {@link #find}, by query and data version. */
    private final Cache<CountedQuery, Long> totals = Caffeine.newBuilder().maximumSize(5_000).build();

    /**
     * The ids of searches' ranked matches in their order, by query and data version; at most {@link #ranked} each,
     * weighed in ids, so that all of them together hold at most about 8 MB.
     */
    private final Cache<RankedQuery, long[]> rankings = Caffeine.newBuilder()
            .maximumWeight(1_000_000)
            .weigher((RankedQuery key, long[] ids) -> 16 + ids.length)
            .build();

    /**
     * What lists show of a recommendation (its title, status, topics, meetings: all of them in the tables V10 counts),
     * by recommendation and data version; a few hundred bytes each.
     */
    private final Cache<KeptSummary, RecommendationSummary> summaries = Caffeine.newBuilder()
            .maximumSize(5_000)
            .build();

    private final EntityManager entityManager;

    private final RecommendationRepository recommendations;

    private final DataVersions dataVersions;

    RecommendationSearch(EntityManager entityManager, RecommendationRepository recommendations,
            DataVersions dataVersions) {
        this.entityManager = entityManager;
        this.recommendations = recommendations;
        this.dataVersions = dataVersions;
    }

    /** One page of what the query gives, with the total; what the API answers. */
    public Page<RecommendationHit> find(RecommendationQuery query, int page, int size) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        long version = dataVersion();
        long total = totals.get(new CountedQuery(version, query.withSort(null)), key -> count(criteria));
        return page(criteria, query, page, size, total, version);
    }

    /**
     * One page of what the query gives and how many each facet value would give; what the browse page shows.
     * Facet counts are kept for as long as the data they count stays the same version (see V10): computing them
     * reads every matching recommendation, reading the version one row.
     */
    public RecommendationResults browse(RecommendationQuery query, int page, int size) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        long version = dataVersion();
        Facets facets = counted(version, query, criteria);
        return new RecommendationResults(page(criteria, query, page, size, facets.total(), version), facets);
    }

    /** How many each facet value would give, without a page of results. */
    public Facets facets(RecommendationQuery query) {
        return counted(dataVersion(), query, new RecommendationCriteria(query));
    }

    private Facets counted(long version, RecommendationQuery query, RecommendationCriteria criteria) {
        return counted.get(new CountedQuery(version, query.withSort(null)), key -> countFacets(criteria));
    }

    private long count(RecommendationCriteria criteria) {
        Query count = nativeQuery("select count(*) from recommendation r where " + criteria.where(), criteria);
        return ((Number) count.getSingleResult()).longValue();
    }

    private Page<RecommendationHit> page(RecommendationCriteria criteria, RecommendationQuery query, int page,
            int size, long total, long version) {
        PageRequest request = PageRequest.of(page, size);
        if (request.getOffset() >= total) {
            return new PageImpl<>(List.of(), request, total);
        }
        Map<Long, String[]> headlines = new HashMap<>();
        List<Long> ids;
        if (rankable(query, request, total)) {
            int from = (int) request.getOffset();
            long[] ranking = rankings.get(new RankedQuery(version, query.withSort(null), ranked),
                    key -> rank(criteria, total, from, size, headlines));
            ids = Arrays.stream(ranking, Math.min(from, ranking.length), Math.min(from + size, ranking.length))
                    .boxed().toList();
            if (!headlines.keySet().containsAll(ids)) {
                headlines.putAll(headlines(ids, query));
            }
        }
        else {
            ids = pageIds(criteria, query, request, headlines);
        }
        Map<Long, RecommendationSummary> summaries = summaries(ids, version);
        boolean russianFirst = "ru".equals(LocaleContextHolder.getLocale().getLanguage());
        List<RecommendationHit> hits = ids.stream()
                .filter(summaries::containsKey)
                .map(id -> new RecommendationHit(summaries.get(id), TextSearch.segments(
                        snippet(headlines.getOrDefault(id, NO_HEADLINES), russianFirst))))
                .toList();
        return new PageImpl<>(hits, request, total);
    }

    /** What lists show of these recommendations: those kept for this version, the others in one statement. */
    private Map<Long, RecommendationSummary> summaries(List<Long> ids, long version) {
        Map<KeptSummary, RecommendationSummary> found = summaries.getAll(
                ids.stream().map(id -> new KeptSummary(version, id)).toList(), missing -> {
                    Map<KeptSummary, RecommendationSummary> loaded = new HashMap<>();
                    recommendations.findSummaries(missing.stream().map(KeptSummary::id).toList()).forEach(
                            r -> loaded.put(new KeptSummary(version, r.getId()), RecommendationSummary.of(r)));
                    return loaded;
                });
        Map<Long, RecommendationSummary> byId = new HashMap<>();
        found.forEach((key, summary) -> byId.put(key.id(), summary));
        return byId;
    }

    /**
     * Whether the page is cut from the ranking of the {@link #ranked} most recent matches: a search in the order of
     * relevance, with the page among them. Ranking costs a few microseconds per match: a query that matches thousands
     * (a word most texts contain) ranks only the most recent ones, as long as the page lies among them; the counts
     * stay exact.
     */
    private boolean rankable(RecommendationQuery query, PageRequest request, long total) {
        return query.order() == RecommendationSort.RELEVANCE
                && (total <= ranked || request.getOffset() + request.getPageSize() <= ranked);
    }

    /**
     * The ids of the ranked matches, best first, in one statement with the headlines of those that the page from
     * {@code from} shows (put in {@code headlines}); a lateral subquery that only the page's rows pass into makes
     * them, so that {@code ts_headline} runs for those rows only.
     */
    private long[] rank(RecommendationCriteria criteria, long total, int from, int size, Map<Long, String[]> headlines) {
        String matches = total <= ranked ? criteria.where()
                : "r.id in (select r.id from recommendation r where " + criteria.where()
                        + " order by r.created_at desc, r.id desc limit " + ranked + ")";
        Query rows = nativeQuery("""
                select p.id, h.en, h.ru
                  from (select r.id, row_number() over (order by %s) - 1 as n
                          from recommendation r
                         where %s) p
                  left join lateral (select %s as en, %s as ru
                                       from recommendation r
                                      where r.id = p.id and p.n >= :first and p.n < :until
                                     offset 0) h on true
                 order by p.n
                """.formatted(criteria.orderBy(), matches, headline("english", "en", "search_en"),
                headline("russian", "ru", "search_ru")), criteria);
        rows.setParameter("first", from);
        rows.setParameter("until", from + (long) size);
        rows.setParameter("headline", TextSearch.HEADLINE_OPTIONS);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        long[] ids = new long[found.size()];
        for (int i = 0; i < ids.length; i++) {
            Object[] row = found.get(i);
            ids[i] = ((Number) row[0]).longValue();
            if (i >= from && i < from + (long) size) {
                headlines.put(ids[i], new String[] { (String) row[1], (String) row[2] });
            }
        }
        return ids;
    }

    /** The headlines of these recommendations in each language that matched the search. */
    private Map<Long, String[]> headlines(List<Long> ids, RecommendationQuery query) {
        Map<Long, String[]> headlines = new HashMap<>();
        if (ids.isEmpty()) {
            return headlines;
        }
        Query rows = entityManager.createNativeQuery("select r.id, " + headline("english", "en", "search_en") + ", "
                        + headline("russian", "ru", "search_ru") + " from recommendation r where r.id in (:ids)")
                .setParameter("ids", ids)
                .setParameter("q", query.q())
                .setParameter("headline", TextSearch.HEADLINE_OPTIONS);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        found.forEach(row -> headlines.put(((Number) row[0]).longValue(),
                new String[] { (String) row[1], (String) row[2] }));
        return headlines;
    }

    /**
     * The ids of a page in any other order, or beyond the ranked matches (all matches ranked then), with their
     * headlines when searching (put in {@code headlines}); PostgreSQL makes those after the limit, for the page's rows.
     */
    private List<Long> pageIds(RecommendationCriteria criteria, RecommendationQuery query, PageRequest request,
            Map<Long, String[]> headlines) {
        String columns = query.searching()
                ? headline("english", "en", "search_en") + ", " + headline("russian", "ru", "search_ru")
                : "null, null";
        Query rows = nativeQuery("select r.id, " + columns + " from recommendation r where " + criteria.where()
                + " order by " + criteria.orderBy() + " limit :limit offset :offset", criteria);
        rows.setParameter("limit", request.getPageSize());
        rows.setParameter("offset", request.getOffset());
        if (query.searching()) {
            rows.setParameter("headline", TextSearch.HEADLINE_OPTIONS);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<Long> ids = new ArrayList<>(found.size());
        for (Object[] row : found) {
            long id = ((Number) row[0]).longValue();
            ids.add(id);
            headlines.put(id, new String[] { (String) row[1], (String) row[2] });
        }
        return ids;
    }

    /** The headline of one language's text (the title where there is no text), where that language matched. */
    private static String headline(String config, String language, String vector) {
        String query = "websearch_to_tsquery('" + config + "', :q)";
        return "case when r." + vector + " @@ " + query + " then ts_headline('" + config + "', coalesce(nullif(r.text_"
                + language + ", ''), r.title_" + language + "), " + query + ", :headline) end";
    }

    private static String snippet(String[] headlines, boolean russianFirst) {
        String english = headlines[0];
        String russian = headlines[1];
        if (english == null) {
            return russian;
        }
        if (russian == null) {
            return english;
        }
        return russianFirst ? russian : english;
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

    private long dataVersion() {
        return dataVersions.of(Counter.RECOMMENDATIONS);
    }

    private record CountedQuery(long dataVersion, RecommendationQuery query) {
    }

    /** A search in the order of relevance, ranking at most so many of its most recent matches. */
    private record RankedQuery(long dataVersion, RecommendationQuery query, int ranked) {
    }

    private static String flagName(Facet facet) {
        return "chose_" + facet.name().toLowerCase(Locale.ROOT);
    }

    /** Every chosen facet's flag but one's (null: all of them). */
    private static String others(List<Facet> chosen, Facet except) {
        return chosen.stream().filter(facet -> facet != except).map(RecommendationSearch::flagName)
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

    /** A recommendation's summary as of a data version. */
    private record KeptSummary(long version, long id) {
    }
}
