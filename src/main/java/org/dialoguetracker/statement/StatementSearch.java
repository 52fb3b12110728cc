package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.TextSearch.Highlight;
import org.dialoguetracker.shared.TextSearch;
import org.dialoguetracker.shared.Viewer;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over what was said, in English and in Russian at once (see {@link TextSearch}): the best matches
 * first, the newest meeting first among equals, each with a highlighted snippet in the language that matched (the
 * reader's own when both do). What a hit says of its speaker and side has passed the {@link AttributionPolicy}.
 *
 * <p>Ranking costs a few microseconds per match and counting reads every match, which a word most statements contain
 * turns into tens of milliseconds. So only the {@link #rankedMatches} most recent matches are ranked (the older ones
 * follow by date), and what a query found, its count and the order of its ranked matches (ids only), is kept per
 * data version of the statements (V13), as the facet counts of the recommendations are: a change on any instance
 * bumps the version, so nothing kept is ever stale. Texts, snippets, speakers and sessions are read for the page's
 * rows only, afresh each time.
 *
 * <p>A page costs three statements: the version; then either the ranking with the count and the snippets of the
 * page (the first time a query is asked at a version) or the snippets of the page's rows; then the statements with
 * their meeting, session, speaker and topics. A page beyond the ranked matches reads the rest by date with their
 * snippets, in one statement. All are native or fetch-joined queries through Hibernate, so its statistics count them.
 */
@Service
@Transactional(readOnly = true)
public class StatementSearch {

    /** The two text-search queries of the words typed, as {@code qe} and {@code qr}. */
    private static final String QUERIES = """
             cross join websearch_to_tsquery('english', :q) qe
             cross join websearch_to_tsquery('russian', :q) qr
            """;

    /** The statements that match, with the narrowing of the filter appended. */
    private static final String MATCHES = """
              from statement s
              join meeting m on m.id = s.meeting_id
            """ + QUERIES + """
             where (s.search_en @@ qe or s.search_ru @@ qr)
            """;

    /** The language and the snippet of a statement {@code t}: the language that matched, the reader's when both did. */
    private static final String SNIPPET = """
            l.language,
                   case when l.language = 'ru' then ts_headline('russian', t.text_ru, qr, :options)
                        else ts_headline('english', t.text_en, qe, :options) end as snippet
            """;

    /** What {@link #SNIPPET} needs, joined to {@code statement t}. */
    private static final String SNIPPET_JOINS = QUERIES + """
             cross join lateral (select case when t.search_ru @@ qr and (:preferRussian or not t.search_en @@ qe)
                                             then 'ru' else 'en' end as language) l
            """;

    /**
     * How many matches are ranked at most: the most recent ones, then the older ones follow by date. Ranking costs
     * a few microseconds per match; a word most statements contain would otherwise rank tens of thousands.
     */
    private int rankedMatches = 1_000;

    /** How many characters at each end of a snippet are compared with the text to tell whether it was cut. */
    private static final int COMPARED = 24;

    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    /**
     * What queries found, by query and data version: a count and at most {@link #rankedMatches} ids each. Kept here
     * rather than through {@code @Cacheable}: the statement that ranks and counts also makes the page's snippets.
     */
    private final Cache found;

    private final EntityManager entityManager;

    private final StatementRepository statements;

    private final DataVersions dataVersions;

    StatementSearch(EntityManager entityManager, StatementRepository statements, DataVersions dataVersions,
            CacheManager caches) {
        this.entityManager = entityManager;
        this.statements = statements;
        this.dataVersions = dataVersions;
        this.found = caches.getCache(StatementCaches.MATCHES);
    }

    /**
     * One page of the statements that match the filter, as this viewer may see them. Nothing to search for (a blank
     * query) or a topic filter that names no topic gives an empty page without asking the database.
     */
    public Page<StatementHit> search(Filter filter, int page, int size, Viewer viewer) {
        PageRequest pageable = PageRequest.of(page, size);
        String text = TextSearch.normalise(filter.text());
        if (text == null || (filter.topicIds() != null && filter.topicIds().isEmpty())) {
            return Page.empty(pageable);
        }
        Filter asked = new Filter(text, filter.topicIds(), filter.side(), filter.meetingId());
        boolean preferRussian = "ru".equals(LocaleContextHolder.getLocale().getLanguage());
        int from = (int) Math.min(pageable.getOffset(), Integer.MAX_VALUE);
        Key key = new Key(dataVersion(), asked, withholdsSides(asked, viewer), rankedMatches);
        Map<Long, Snippet> snippets = new HashMap<>();
        Matches matches = found.get(key, () -> rankAndCount(asked, viewer, from, size, preferRussian, snippets));
        if (from >= matches.total()) {
            return new PageImpl<>(List.of(), pageable, matches.total());
        }
        int until = (int) Math.min(from + (long) size, matches.total());
        List<Long> ids = new ArrayList<>(matches.rankedBetween(from, until));
        if (!snippets.keySet().containsAll(ids)) {
            snippets.putAll(snippets(ids, text, preferRussian));
        }
        int ranked = matches.ranked().length;
        if (until > ranked) {
            ids.addAll(unranked(asked, viewer, matches.boundary(), Math.max(0, from - ranked),
                    until - Math.max(from, ranked), preferRussian, snippets));
        }
        return new PageImpl<>(hits(ids, snippets, viewer), pageable, matches.total());
    }

    /**
     * The count of the matches and the order of the {@link #rankedMatches} most recent ones, best first, in one
     * statement, with the snippets of those that the page from {@code from} shows (put in {@code snippets}). The
     * snippets are made in a lateral subquery that only the page's rows pass into, so that {@code ts_headline}, which
     * parses the whole text again, runs for them only.
     */
    private Matches rankAndCount(Filter filter, Viewer viewer, int from, int size, boolean preferRussian,
            Map<Long, Snippet> snippets) {
        String narrowing = narrowing(filter, viewer);
        String sql = """
                with recent as materialized (
                        select s.id, m.start_date, s.position
                """ + MATCHES + narrowing + """
                         order by m.start_date desc, s.id desc
                         limit :ranked),
                     ranked as (
                        select r.id, row_number() over (order by ts_rank(s.search_en, qe) + ts_rank(s.search_ru, qr) desc,
                                                                 r.start_date desc, r.position, r.id) - 1 as n
                          from recent r
                          join statement s on s.id = r.id
                """ + QUERIES + """
                     )
                select p.id, p.n, h.language, h.snippet,
                       (select count(*)
                """ + MATCHES + narrowing + """
                       ) as total,
                       (select r.id from recent r order by r.start_date, r.id limit 1) as boundary
                  from ranked p
                  left join lateral (select
                """ + SNIPPET + "  from statement t" + SNIPPET_JOINS + """
                                      where t.id = p.id and p.n >= :first and p.n < :until
                                     offset 0) h on true
                 order by p.n
                """;
        Query query = bind(entityManager.createNativeQuery(sql), filter.text(), filter)
                .setParameter("ranked", rankedMatches)
                .setParameter("first", from)
                .setParameter("until", from + (long) size)
                .setParameter("options", TextSearch.HEADLINE_OPTIONS)
                .setParameter("preferRussian", preferRussian);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return new Matches(0, new long[0], null);
        }
        long[] ranked = new long[rows.size()];
        for (int i = 0; i < ranked.length; i++) {
            Object[] row = rows.get(i);
            ranked[i] = ((Number) row[0]).longValue();
            if (row[2] != null) {
                snippets.put(ranked[i], new Snippet((String) row[2], (String) row[3]));
            }
        }
        Object[] first = rows.get(0);
        return new Matches(((Number) first[4]).longValue(), ranked, ((Number) first[5]).longValue());
    }

    /** The snippets of these statements (ranked matches, whose order is known). */
    private Map<Long, Snippet> snippets(List<Long> ids, String text, boolean preferRussian) {
        Query query = entityManager.createNativeQuery("select t.id, " + SNIPPET + "  from statement t" + SNIPPET_JOINS
                        + " where t.id in (:ids)")
                .setParameter("q", text)
                .setParameter("ids", ids)
                .setParameter("options", TextSearch.HEADLINE_OPTIONS)
                .setParameter("preferRussian", preferRussian);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Snippet> snippets = new HashMap<>();
        rows.forEach(row -> snippets.put(((Number) row[0]).longValue(), new Snippet((String) row[1], (String) row[2])));
        return snippets;
    }

    /**
     * Matches beyond the ranked ones, by date: those that come after the {@code boundary} (the last of the most
     * recent matches, which were ranked) in the order of recency, from the {@code skip}th on; their snippets go to
     * {@code snippets}.
     */
    private List<Long> unranked(Filter filter, Viewer viewer, long boundary, int skip, int limit,
            boolean preferRussian, Map<Long, Snippet> snippets) {
        String sql = "select t.id, " + SNIPPET + """
                  from (select s.id, m.start_date, s.position
                """ + MATCHES + narrowing(filter, viewer) + """
                           and (m.start_date, s.id) < (select bm.start_date, b.id from statement b
                                                         join meeting bm on bm.id = b.meeting_id where b.id = :boundary)
                         order by m.start_date desc, s.position, s.id
                        offset :skip limit :limit) p
                  join statement t on t.id = p.id
                """ + SNIPPET_JOINS + """
                 order by p.start_date desc, p.position, p.id
                """;
        Query query = bind(entityManager.createNativeQuery(sql), filter.text(), filter)
                .setParameter("boundary", boundary)
                .setParameter("skip", skip)
                .setParameter("limit", limit)
                .setParameter("options", TextSearch.HEADLINE_OPTIONS)
                .setParameter("preferRussian", preferRussian);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            ids.add(id);
            snippets.put(id, new Snippet((String) row[1], (String) row[2]));
        }
        return ids;
    }

    /** The statements of the page in this order, with their snippets and what this viewer may see of them. */
    private List<StatementHit> hits(List<Long> ids, Map<Long, Snippet> snippets, Viewer viewer) {
        Map<Long, List<StatementRow>> byId = new HashMap<>();
        for (StatementRow row : statements.findRows(ids)) {
            byId.computeIfAbsent(row.id(), id -> new ArrayList<>(2)).add(row);
        }
        List<StatementHit> hits = new ArrayList<>(ids.size());
        for (Long id : ids) {
            List<StatementRow> rows = byId.get(id);
            Snippet found = snippets.get(id);
            if (rows != null && found != null) {
                StatementRow statement = rows.get(0);
                List<Highlight> snippet = TextSearch.segments(found.headline());
                String text = new Bilingual(statement.textEn(), statement.textRu()).in(found.language());
                hits.add(new StatementHit(AttributionPolicy.viewStatement(rows, viewer),
                        statement.meetingStartDate(), statement.agendaItemTitle(),
                        found.language(), snippet, startsPartway(snippet, text), endsPartway(snippet, text)));
            }
        }
        return hits;
    }

    /** Whether the snippet leaves out the beginning of the text, so that the page can say so. */
    private static boolean startsPartway(List<Highlight> snippet, String text) {
        String shown = shown(snippet);
        String opening = shown.substring(0, Math.min(shown.length(), COMPARED));
        return !opening.isEmpty() && !text.strip().startsWith(opening);
    }

    /** Whether the snippet leaves out the end of the text (ts_headline drops a closing full stop: that does not count). */
    private static boolean endsPartway(List<Highlight> snippet, String text) {
        String shown = withoutClosingPunctuation(shown(snippet));
        String ending = shown.substring(Math.max(0, shown.length() - COMPARED));
        return !ending.isEmpty() && !withoutClosingPunctuation(text).endsWith(ending);
    }

    private static String shown(List<Highlight> snippet) {
        return snippet.stream().map(Highlight::text).collect(Collectors.joining()).strip();
    }

    private static String withoutClosingPunctuation(String text) {
        return CLOSING_PUNCTUATION.matcher(text).replaceFirst("");
    }

    private long dataVersion() {
        return dataVersions.of(Counter.STATEMENTS);
    }

    /**
     * Whether narrowing by side must leave out what this viewer may not see: a researcher asking for a side gets
     * fewer statements than an organiser, so what a query found depends on who asks.
     */
    private static boolean withholdsSides(Filter filter, Viewer viewer) {
        return filter.side() != null && !viewer.seesEverything();
    }

    /**
     * The filter's conditions, each bound as a parameter. Narrowing by side lets through only the statements whose
     * side this viewer may see: for a researcher, those whose attribution and meeting rule are both above NONE, as in
     * {@link AttributionPolicy}; otherwise the filter would tell what the page withholds.
     */
    private static String narrowing(Filter filter, Viewer viewer) {
        StringBuilder sql = new StringBuilder();
        if (filter.side() != null) {
            sql.append(" and s.side = :side");
            if (withholdsSides(filter, viewer)) {
                sql.append(" and s.attribution <> 'NONE' and m.attribution_rule <> 'NONE'");
            }
        }
        if (filter.meetingId() != null) {
            sql.append(" and s.meeting_id = :meeting");
        }
        if (filter.topicIds() != null) {
            sql.append(" and exists (select 1 from statement_topic st where st.statement_id = s.id"
                    + " and st.topic_id in (:topics))");
        }
        return sql.append('\n').toString();
    }

    private static Query bind(Query query, String text, Filter filter) {
        query.setParameter("q", text);
        if (filter.side() != null) {
            query.setParameter("side", filter.side().name());
        }
        if (filter.meetingId() != null) {
            query.setParameter("meeting", filter.meetingId());
        }
        if (filter.topicIds() != null) {
            query.setParameter("topics", filter.topicIds());
        }
        return query;
    }

    /**
     * What a query found is kept under: the data version, the query, whether it withholds sides from the viewer (the
     * only way the viewer changes what matches) and how many matches are ranked.
     */
    private record Key(long dataVersion, Filter filter, boolean withholdsSides, int rankedMatches) {
    }

    /**
     * What a query found: how many statements match, the most recent ones' ids in the order of their ranking, and
     * the last of those by recency (null when nothing matches), after which the rest follows by date.
     */
    record Matches(long total, long[] ranked, Long boundary) {

        /** What it weighs in a cache bounded in ids. */
        int weight() {
            return 16 + ranked.length;
        }

        /** The ranked ids at the positions from {@code from} to {@code until} (exclusive), where ranked ones stand. */
        List<Long> rankedBetween(int from, int until) {
            List<Long> ids = new ArrayList<>();
            for (int i = from; i < Math.min(until, ranked.length); i++) {
                ids.add(ranked[i]);
            }
            return ids;
        }
    }

    /** A statement's snippet: its language and the headline, the matches marked. */
    private record Snippet(String language, String headline) {
    }

    /**
     * What to search for and how to narrow it.
     *
     * @param text     as typed; blank searches nothing
     * @param topicIds the statements tagged with one of these topics (a topic and its subtopics), or null for any
     * @param side     the side that made the point, or null for any
     * @param meetingId one meeting's statements, or null for all
     */
    public record Filter(String text, List<Long> topicIds, StatementSide side, Long meetingId) {

        public Filter(String text) {
            this(text, null, null, null);
        }
    }
}
