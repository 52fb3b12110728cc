package org.dialoguetracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementHit;
import org.dialoguetracker.statement.StatementSearch.Filter;
import org.dialoguetracker.statement.StatementSearch;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.WithoutTriggers;
import org.dialoguetracker.topic.TopicService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement search keeps what a query found (its count, the order of its ranked matches) per data version of the
 * statements: its pages are exactly those of the single query it made before it kept anything, ranked matches,
 * the rest by date, and pages across both; a change made by plain SQL, as another instance of the app would make it,
 * reaches the next search at once; and what a researcher narrowing by side finds is never what an organiser found.
 */
@IntegrationTest
class StatementSearchCacheTest {

    static final Viewer RESEARCHER = new Viewer("researcher", Role.RESEARCHER);

    static final Viewer ORGANISER = new Viewer("organiser", Role.ORGANISER);

    @Autowired
    StatementSearch search;

    @Autowired
    TopicService topics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void every_page_is_the_one_the_former_single_query_gave_ranked_and_beyond() {
        Fixture fixture = new Fixture("brisklow", "брисклоу", 42);
        List<Long> armsControl = topics.tree().find("arms-control").orElseThrow().subtreeIds();
        List<String> queries = List.of("brisklow", "brisklow or брисклоу", "брисклоу", "brisklow -hedgerow",
                "\"brisklow brisklow\"");
        int compared = 0;
        for (int ranked : List.of(1_000, 7)) {
            ReflectionTestUtils.setField(search, "rankedMatches", ranked);
            try {
                for (String q : queries) {
                    List<Filter> filters = List.of(new Filter(q), new Filter(q, null, StatementSide.UK, null),
                            new Filter(q, null, StatementSide.RUSSIA, null), new Filter(q, armsControl, null, null),
                            new Filter(q, null, null, fixture.meetings.get(1)),
                            new Filter(q, armsControl, StatementSide.BOTH, fixture.meetings.get(3)));
                    for (Filter filter : filters) {
                        for (Viewer viewer : List.of(RESEARCHER, ORGANISER)) {
                            compared += comparePages(filter, viewer, ranked);
                        }
                    }
                }
            }
            finally {
                ReflectionTestUtils.setField(search, "rankedMatches", 1_000);
            }
        }
        assertThat(compared).as("pages compared").isGreaterThan(300);
    }

    /** Every page at two sizes, and one beyond the last, against the former query; how many pages were compared. */
    private int comparePages(Filter filter, Viewer viewer, int ranked) {
        int pages = 0;
        for (int size : List.of(4, 5)) {
            long total = formerCount(filter, viewer);
            for (int page = 0; page <= total / size + 1; page++) {
                Page<StatementHit> found = search.search(filter, page, size, viewer);
                assertThat(ids(found.getContent()))
                        .as("%s, %s, page %s of %s, ranking %s", filter, viewer.role(), page, size, ranked)
                        .containsExactlyElementsOf(formerPage(filter, viewer, ranked, page * size, size));
                assertThat(found.getTotalElements()).as("count of %s for %s", filter, viewer.role()).isEqualTo(total);
                pages++;
            }
        }
        return pages;
    }

    @Test
    void a_change_made_by_plain_sql_reaches_the_next_search_at_once() {
        Fixture fixture = new Fixture("quernhollow", "квернхолл", 7);
        Filter all = new Filter("quernhollow");
        Filter uk = new Filter("quernhollow", null, StatementSide.UK, null);
        assertSameAsFormer(all, uk);
        long total = search.search(all, 0, 20, ORGANISER).getTotalElements();

        // what was found is kept: a change the counter does not see (its triggers off for one session) is not seen
        long hidden = fixture.inEnglish(0);
        withoutTriggers("update statement set text_en = 'Nothing to find here.', text_ru = null where id = " + hidden);
        assertThat(search.search(all, 0, 20, ORGANISER).getTotalElements()).as("kept").isEqualTo(total);
        jdbc.update("update statement set position = position where id = ?", hidden);
        assertThat(search.search(all, 0, 20, ORGANISER).getTotalElements()).as("counter bumped").isEqualTo(total - 1);

        // a statement's attribution lowered to NONE: its side is withheld, so narrowing by side no longer finds it
        long sideStatement = fixture.find("SIDE", "SIDE", "UK");
        assertThat(allIds(uk, RESEARCHER)).contains(sideStatement);
        jdbc.update("update statement set attribution = 'NONE' where id = ?", sideStatement);
        assertThat(allIds(uk, RESEARCHER)).doesNotContain(sideStatement);
        assertThat(allIds(uk, ORGANISER)).contains(sideStatement);
        assertSameAsFormer(all, uk);

        // a meeting's rule lowered to NONE: none of its statements' sides may be narrowed by any more
        long named = fixture.meetings.get(1);
        List<Long> ofNamed = jdbc.queryForList("select id from statement where meeting_id = ? and side = 'UK'"
                + " and attribution <> 'NONE' and text_en is not null", Long.class, named);
        assertThat(ofNamed).isNotEmpty();
        assertThat(allIds(uk, RESEARCHER)).containsAll(ofNamed);
        jdbc.update("update meeting set attribution_rule = 'NONE' where id = ?", named);
        assertThat(allIds(uk, RESEARCHER)).doesNotContainAnyElementsOf(ofNamed);
        assertSameAsFormer(all, uk);
        // the statements were lowered with the rule (V14), so raising it again gives none of their sides back
        jdbc.update("update meeting set attribution_rule = 'NAMED' where id = ?", named);
        assertThat(allIds(uk, RESEARCHER)).as("the rule raised again").doesNotContainAnyElementsOf(ofNamed);
        assertThat(allIds(uk, ORGANISER)).containsAll(ofNamed);
        assertSameAsFormer(all, uk);

        // a meeting moved to another date: the most recent matches, ranked first, are others
        ReflectionTestUtils.setField(search, "rankedMatches", 3);
        try {
            List<Long> before = allIds(all, ORGANISER);
            jdbc.update("update meeting set start_date = date '2009-12-01', end_date = date '2009-12-02' where id = ?",
                    fixture.meetings.get(4));
            assertThat(allIds(all, ORGANISER)).isNotEqualTo(before);
            assertSameAsFormer(all, uk);
        }
        finally {
            ReflectionTestUtils.setField(search, "rankedMatches", 1_000);
        }

        // a topic given, a statement deleted
        List<Long> cyber = topics.tree().find("cyber-security").orElseThrow().subtreeIds();
        Filter tagged = new Filter("quernhollow", cyber, null, null);
        assertThat(search.search(tagged, 0, 20, ORGANISER).getTotalElements()).isZero();
        long tag = fixture.inEnglish(5);
        fixture.fixtures.tag(tag, "cyber-security");
        assertThat(ids(search.search(tagged, 0, 20, ORGANISER).getContent())).containsExactly(tag);
        jdbc.update("delete from statement where id = ?", tag);
        assertThat(search.search(tagged, 0, 20, ORGANISER).getTotalElements()).isZero();
        assertSameAsFormer(all, uk, tagged);
    }

    @Test
    void narrowing_by_side_finds_for_a_researcher_what_a_researcher_may_see_whoever_asked_first() {
        Fixture fixture = new Fixture("stoatbridge", "стоатбридж", 11);
        for (StatementSide side : List.of(StatementSide.UK, StatementSide.RUSSIA)) {
            Filter filter = new Filter("stoatbridge", null, side, null);
            // an organiser asks first, then a researcher, for one side; the other way round for the other
            List<Viewer> order = side == StatementSide.UK ? List.of(ORGANISER, RESEARCHER) : List.of(RESEARCHER, ORGANISER);
            for (Viewer viewer : order) {
                List<StatementHit> hits = allHits(filter, viewer);
                assertThat(hits).as("all pages hold as many as counted")
                        .hasSize((int) search.search(filter, 0, 5, viewer).getTotalElements());
                assertThat(ids(hits)).containsExactlyElementsOf(formerPage(filter, viewer, 1_000, 0, 1_000));
                assertThat(hits).allSatisfy(hit -> assertThat(hit.statement().side()).isEqualTo(side));
            }
            List<Long> withheld = jdbc.queryForList("""
                    select s.id from statement s join meeting m on m.id = s.meeting_id
                     where s.id in (%s) and s.side = ? and (s.attribution = 'NONE' or m.attribution_rule = 'NONE')
                    """.formatted(String.join(",", fixture.statements.stream().map(String::valueOf).toList())),
                    Long.class, side.name());
            assertThat(withheld).as("the fixture has statements whose side is withheld").isNotEmpty();
            assertThat(ids(allHits(filter, RESEARCHER))).doesNotContainAnyElementsOf(withheld);
            assertThat(ids(allHits(filter, ORGANISER))).containsAll(withheld);
        }
    }

    /** Every page of these filters, for both kinds of reader, against the former query ranking as many. */
    private void assertSameAsFormer(Filter... filters) {
        int ranked = (Integer) ReflectionTestUtils.getField(search, "rankedMatches");
        for (Filter filter : filters) {
            for (Viewer viewer : List.of(RESEARCHER, ORGANISER)) {
                comparePages(filter, viewer, ranked);
            }
        }
    }

    private List<StatementHit> allHits(Filter filter, Viewer viewer) {
        List<StatementHit> hits = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<StatementHit> found = search.search(filter, page, 5, viewer);
            hits.addAll(found.getContent());
            if (!found.hasNext()) {
                return hits;
            }
        }
    }

    private List<Long> allIds(Filter filter, Viewer viewer) {
        return ids(allHits(filter, viewer));
    }

    private void withoutTriggers(String sql) {
        WithoutTriggers.execute(jdbc, sql);
    }

    private static List<Long> ids(List<StatementHit> hits) {
        return hits.stream().map(hit -> hit.statement().id()).toList();
    }

    // The single query the search made before it kept what it found (commit 47d95ec), the reference here.

    private static final String MATCHES = """
              from statement s
              join meeting m on m.id = s.meeting_id
             cross join websearch_to_tsquery('english', :q) qe
             cross join websearch_to_tsquery('russian', :q) qr
             where (s.search_en @@ qe or s.search_ru @@ qr)
            """;

    private long formerCount(Filter filter, Viewer viewer) {
        return named.queryForObject("select count(*) " + MATCHES + formerNarrowing(filter, viewer),
                parameters(filter), Long.class);
    }

    private List<Long> formerPage(Filter filter, Viewer viewer, int rankedMatches, int offset, int limit) {
        String narrowing = formerNarrowing(filter, viewer);
        String rank = "ts_rank(s.search_en, qe) + ts_rank(s.search_ru, qr)";
        if (formerCount(filter, viewer) > rankedMatches) {
            rank = "case when s.id in (select s.id" + MATCHES + narrowing
                    + " order by m.start_date desc, s.id desc limit " + rankedMatches + ") then " + rank
                    + " else -1 end";
        }
        Map<String, Object> parameters = parameters(filter);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return named.queryForList("select h.id from (select s.id, s.position, m.start_date, " + rank + " as rank"
                + MATCHES + narrowing + " order by rank desc, m.start_date desc, s.position, s.id"
                + " limit :limit offset :offset) h order by h.rank desc, h.start_date desc, h.position, h.id",
                parameters, Long.class);
    }

    private static String formerNarrowing(Filter filter, Viewer viewer) {
        StringBuilder sql = new StringBuilder();
        if (filter.side() != null) {
            sql.append(" and s.side = :side");
            if (!viewer.seesEverything()) {
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
        return sql.toString();
    }

    private static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", filter.text());
        parameters.put("side", filter.side() == null ? null : filter.side().name());
        parameters.put("meeting", filter.meetingId());
        parameters.put("topics", filter.topicIds());
        return parameters;
    }

    /**
     * Statements with a word of their own in five meetings (two on the same day), every side, every attribution
     * each meeting's rule allows, the word once to three times (so that ranks differ and tie), in English, Russian or
     * both, some tagged with arms control.
     */
    private final class Fixture {

        final SearchFixtures fixtures;

        final List<Long> meetings = new ArrayList<>();

        final List<Long> statements = new ArrayList<>();

        final Map<Long, String> descriptions = new HashMap<>();

        Fixture(String english, String russian, long seed) {
            fixtures = new SearchFixtures(jdbc, "Search cache fixture dialogue " + english);
            long speaker = fixtures.speaker("Wendeline Search-Cache " + english, null,
                    fixtures.institution("Search Cache Institute " + english), "UK");
            List<String> rules = List.of("SIDE", "NAMED", "NONE", "SIDE", "NAMED");
            List<LocalDate> dates = List.of(LocalDate.of(2006, 1, 10), LocalDate.of(2006, 3, 10),
                    LocalDate.of(2006, 5, 10), LocalDate.of(2006, 5, 10), LocalDate.of(2005, 2, 1));
            for (int i = 0; i < rules.size(); i++) {
                meetings.add(fixtures.meeting("Search cache fixture " + english + " " + i, rules.get(i), dates.get(i)));
            }
            Random random = new Random(seed);
            List<String> sides = List.of("UK", "RUSSIA", "BOTH");
            for (int i = 0; i < 40; i++) {
                int meeting = i % meetings.size();
                String rule = rules.get(meeting);
                List<String> allowed = switch (rule) {
                    case "NAMED" -> List.of("NONE", "SIDE", "NAMED");
                    case "SIDE" -> List.of("NONE", "SIDE");
                    default -> List.of("NONE");
                };
                String attribution = allowed.get(random.nextInt(allowed.size()));
                String side = attribution.equals("NAMED") ? "UK" : sides.get(random.nextInt(sides.size()));
                int times = 1 + random.nextInt(3);
                int language = random.nextInt(4);
                String en = language == 3 ? null
                        : "Point on " + (english + " ").repeat(times) + (random.nextBoolean() ? "and the hedgerow " : "")
                                + "matters.";
                String ru = language == 2 || language == 3 ? "Тезис о " + (russian + " ").repeat(times) + "важен." : null;
                long id = fixtures.statement(meetings.get(meeting), attribution, side,
                        attribution.equals("NAMED") ? speaker : null, en, ru);
                statements.add(id);
                descriptions.put(id, rule + "/" + attribution + "/" + side);
                if (random.nextInt(3) == 0) {
                    fixtures.tag(id, "arms-control");
                }
            }
        }

        /** The n-th statement with an English text (the searches here are in English). */
        long inEnglish(int n) {
            return jdbc.queryForList("select id from statement where id in (%s) and text_en is not null order by id"
                    .formatted(String.join(",", statements.stream().map(String::valueOf).toList())), Long.class).get(n);
        }

        /** A statement of a meeting with this rule, of this attribution and side. */
        long find(String rule, String attribution, String side) {
            return statements.stream().filter(id -> descriptions.get(id).equals(rule + "/" + attribution + "/" + side))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + rule + "/" + attribution + "/" + side));
        }
    }
}
