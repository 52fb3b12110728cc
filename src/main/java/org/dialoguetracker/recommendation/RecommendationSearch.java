package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.TextSearch.Highlight;
import org.dialoguetracker.shared.TextSearch;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
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
 * instance makes it stale at once: the facet counts and totals ({@link RecommendationCounts}), the order of a search's
 * ranked matches (ids only), and what a list shows of each recommendation (see {@link RecommendationCaches}). Reading
 * the version is one row; once they are kept, a page costs the version, its page of ids and its headlines. Headlines
 * ({@code ts_headline}, which parses a whole text again) are made for the rows a page shows only, afresh each time.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

    /** A page's row that no search matched: no headline in either language. */
    private static final String[] NO_HEADLINES = new String[2];

    /** How many of the most recent matches a search ranks at most, see {@link #rankable}. */
    private int ranked = 1_000;

    /**
     * The ids of searches' ranked matches in their order, by query and data version; at most {@link #ranked} each.
     * Kept here rather than through {@code @Cacheable}: the statement that ranks also makes the page's headlines.
     */
    private final Cache rankings;

    /**
     * What lists show of a recommendation (its title, status, topics, meetings: all of them in the tables V10 counts),
     * by recommendation and data version. Kept here rather than through {@code @Cacheable}: those of a page that are
     * not kept are loaded together, in one statement.
     */
    private final Cache summaries;

    private final EntityManager entityManager;

    private final RecommendationRepository recommendations;

    private final RecommendationCounts counts;

    private final DataVersions dataVersions;

    RecommendationSearch(EntityManager entityManager, RecommendationRepository recommendations,
            RecommendationCounts counts, DataVersions dataVersions, CacheManager caches) {
        this.entityManager = entityManager;
        this.recommendations = recommendations;
        this.counts = counts;
        this.dataVersions = dataVersions;
        this.rankings = caches.getCache(RecommendationCaches.RANKINGS);
        this.summaries = caches.getCache(RecommendationCaches.SUMMARIES);
    }

    /** One page of what the query gives, with the total; what the API answers. */
    public Page<RecommendationHit> find(RecommendationQuery query, int page, int size) {
        RecommendationCriteria criteria = new RecommendationCriteria(query);
        long version = dataVersion();
        long total = counts.total(version, query.withSort(null));
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
        Facets facets = counts.facets(version, query.withSort(null));
        return new RecommendationResults(page(criteria, query, page, size, facets.total(), version), facets);
    }

    /** How many each facet value would give, without a page of results. */
    public Facets facets(RecommendationQuery query) {
        return counts.facets(dataVersion(), query.withSort(null));
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
                    () -> rank(criteria, total, from, size, headlines));
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

    /** What lists show of these recommendations, as of the data version now (see below). */
    Map<Long, RecommendationSummary> summaries(List<Long> ids) {
        return summaries(ids, dataVersion());
    }

    /** What lists show of these recommendations: those kept for this version, the others in one statement. */
    private Map<Long, RecommendationSummary> summaries(List<Long> ids, long version) {
        Map<Long, RecommendationSummary> byId = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            RecommendationSummary kept = summaries.get(new KeptSummary(version, id), RecommendationSummary.class);
            if (kept == null) {
                missing.add(id);
            }
            else {
                byId.put(id, kept);
            }
        }
        if (!missing.isEmpty()) {
            recommendations.findSummaries(missing).forEach(r -> {
                RecommendationSummary summary = RecommendationSummary.of(r);
                summaries.put(new KeptSummary(version, r.getId()), summary);
                byId.put(r.getId(), summary);
            });
        }
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

    private long dataVersion() {
        return dataVersions.of(Counter.RECOMMENDATIONS);
    }

    /** A search in the order of relevance, ranking at most so many of its most recent matches. */
    private record RankedQuery(long dataVersion, RecommendationQuery query, int ranked) {
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
