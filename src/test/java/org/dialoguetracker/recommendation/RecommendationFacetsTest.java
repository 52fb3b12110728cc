package org.dialoguetracker.recommendation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, must-show 1: on a generated set of several hundred recommendations, every facet count of the browse
 * page equals the count computed independently here, in Java over the rows themselves, for many combinations
 * of filters; and the pages list exactly the recommendations counted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationFacetsTest {

    static final long SEED = 20261125L;

    static final List<String> SEARCHES = List.of("engagements", "переговоры", "cyber санкции", "treaty or Arctic",
            "\"military incidents\"", "-dialogue deterrence");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecommendationSearch search;

    GeneratedRecommendations data;

    List<Row> rows;

    Map<Long, Long> parents;

    Map<String, Long> topicIdsBySlug;

    @BeforeAll
    void generate() {
        data = new GeneratedRecommendations(jdbc, SEED).create(400);
        rows = loadRows();
        parents = new HashMap<>();
        jdbc.query("select id, parent_id from topic", rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
        });
        topicIdsBySlug = new HashMap<>();
        jdbc.query("select slug, id from topic", rs -> {
            topicIdsBySlug.put(rs.getString(1), rs.getLong(2));
        });
    }

    @Test
    void every_facet_count_equals_an_independent_count_for_many_combinations_of_filters() {
        Random random = new Random(SEED);
        List<RecommendationQuery> queries = new ArrayList<>(List.of(
                RecommendationQuery.all(),
                query(Set.of(data.slugs.get(0)), Set.of(), Set.of(), Set.of(), null),
                query(Set.of(data.slugs.get(1), data.slugs.get(2)), Set.of(RecommendationStatus.ADOPTED,
                        RecommendationStatus.IN_PROGRESS), Set.of(), Set.of(data.years.get(0)), null),
                query(Set.of(data.slugs.get(3)), Set.of(), Set.of(data.meetings.get(0), data.meetings.get(5)), Set.of(),
                        "engagements"),
                query(Set.of(), Set.of(), Set.of(), Set.of(), "переговоры")));
        for (int i = 0; i < 40; i++) {
            queries.add(randomQuery(random));
        }
        int nonEmpty = 0;
        for (RecommendationQuery query : queries) {
            Facets facets = search.browse(query, 0, 20).facets();
            Facets expected = expectedFacets(query);
            assertThat(facets).as("facets of %s", query).isEqualTo(expected);
            if (expected.total() > 0) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("combinations that found something").isGreaterThan(20);
    }

    @Test
    void the_pages_list_exactly_the_recommendations_counted_in_the_chosen_order() {
        RecommendationQuery query = new RecommendationQuery(Set.of(data.slugs.get(0)),
                Set.of(RecommendationStatus.PROPOSED, RecommendationStatus.ADOPTED, RecommendationStatus.STALLED),
                null, null, null, null, null, null, RecommendationSort.REFERENCE);
        Set<Long> expected = matching(query, null).stream().map(Row::id).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(30);

        List<Long> listed = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int page = 0; page * 20 < expected.size(); page++) {
            RecommendationResults results = search.browse(query, page, 20);
            assertThat(results.hits().getTotalElements()).isEqualTo(expected.size());
            results.hits().forEach(hit -> {
                listed.add(hit.recommendation().id());
                references.add(hit.recommendation().reference());
            });
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(references).isSorted();

        RecommendationQuery byStatus = new RecommendationQuery(Set.of(data.slugs.get(0)), null, null, null, null, null,
                null, null, RecommendationSort.STATUS);
        List<RecommendationStatus> statuses = search.find(byStatus, 0, 100).map(hit -> hit.recommendation().status())
                .toList();
        assertThat(statuses).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void counts_follow_every_change_at_once_although_they_are_kept_between_requests() {
        RecommendationQuery query = query(Set.of(data.slugs.get(2)), Set.of(RecommendationStatus.IMPLEMENTED), Set.of(),
                Set.of(), null);
        long before = search.browse(query, 0, 20).facets().total();
        assertThat(search.browse(query, 0, 20).facets().total()).isEqualTo(before);

        Long id = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values (?, 'A late one', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'IMPLEMENTED') returning id""", Long.class,
                "GEN-" + data.marker.toUpperCase() + "-LATE");
        jdbc.update("insert into recommendation_topic (recommendation_id, topic_id) values (?, ?)", id, data.topics.get(2));
        assertThat(search.browse(query, 0, 20).facets().total()).as("after a new one").isEqualTo(before + 1);

        jdbc.update("update recommendation set status = 'STALLED' where id = ?", id);
        assertThat(search.browse(query, 0, 20).facets().total()).as("after its status changed").isEqualTo(before);
        jdbc.update("update recommendation set archived = true where id = ?", id);
    }

    @Test
    void archived_recommendations_and_unknown_topics_count_for_nothing() {
        Long archived = jdbc.queryForObject("select id from recommendation where archived and reference like ? limit 1",
                Long.class, "GEN-" + data.marker.toUpperCase() + "-%");
        RecommendationQuery all = query(Set.of(data.slugs.get(0)), Set.of(), Set.of(), Set.of(), null);
        assertThat(search.find(all, 0, 100).getContent()).extracting(hit -> hit.recommendation().id())
                .doesNotContain(archived);
        RecommendationQuery unknown = query(Set.of("no-such-topic-" + data.marker), Set.of(), Set.of(), Set.of(), null);
        assertThat(search.browse(unknown, 0, 20).facets().total()).isZero();
        assertThat(search.find(unknown, 0, 20).getTotalElements()).isZero();
    }

    private RecommendationQuery randomQuery(Random random) {
        Set<String> topics = new LinkedHashSet<>(some(random, data.slugs, 2));
        if (random.nextInt(6) == 0) {
            topics.add("mil-to-mil");
        }
        return new RecommendationQuery(topics,
                new HashSet<>(some(random, List.of(RecommendationStatus.values()), 3)),
                new HashSet<>(some(random, List.of(Feasibility.values()), 2)),
                new HashSet<>(some(random, List.of(AddressedTo.values()), 3)),
                new HashSet<>(some(random, List.of(Consensus.values()), 2)),
                new HashSet<>(some(random, data.meetings, 2)),
                new HashSet<>(some(random, data.years, 2)),
                random.nextInt(3) == 0 ? SEARCHES.get(random.nextInt(SEARCHES.size())) : null,
                null);
    }

    private static <T> List<T> some(Random random, List<T> values, int atMost) {
        List<T> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        // an empty facet half of the time, so that the other facets' counts are exercised widely
        return random.nextBoolean() ? List.of() : shuffled.subList(0, 1 + random.nextInt(atMost));
    }

    private RecommendationQuery query(Set<String> topics, Set<RecommendationStatus> statuses, Set<Long> meetings,
            Set<Integer> years, String q) {
        return new RecommendationQuery(topics, statuses, null, null, null, meetings, years, q, null);
    }

    // ---- the independent computation: plain rows, Java predicates ----

    enum Facet { TOPIC, STATUS, FEASIBILITY, ADDRESSED_TO, CONSENSUS, MEETING, YEAR }

    record Row(long id, RecommendationStatus status, Feasibility feasibility, AddressedTo addressedTo,
            Consensus consensus, Set<Long> topics, Set<Long> meetings, Set<Integer> years) {
    }

    private List<Row> loadRows() {
        Map<Long, Set<Long>> topics = new HashMap<>();
        jdbc.query("select recommendation_id, topic_id from recommendation_topic", rs -> {
            topics.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
        });
        Map<Long, Set<Long>> meetings = new HashMap<>();
        Map<Long, Set<Integer>> years = new HashMap<>();
        jdbc.query("select rm.recommendation_id, m.id, m.start_date from recommendation_meeting rm"
                + " join meeting m on m.id = rm.meeting_id", rs -> {
                    meetings.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                    years.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                            .add(rs.getDate(3).toLocalDate().getYear());
                });
        return jdbc.query("select id, status, feasibility, addressed_to, consensus from recommendation where not archived",
                (rs, n) -> new Row(rs.getLong(1), RecommendationStatus.valueOf(rs.getString(2)),
                        Feasibility.valueOf(rs.getString(3)), AddressedTo.valueOf(rs.getString(4)),
                        Consensus.valueOf(rs.getString(5)), topics.getOrDefault(rs.getLong(1), Set.of()),
                        meetings.getOrDefault(rs.getLong(1), Set.of()), years.getOrDefault(rs.getLong(1), Set.of())));
    }

    private Facets expectedFacets(RecommendationQuery query) {
        Map<Long, Long> topic = new HashMap<>();
        for (Row row : matching(query, Facet.TOPIC)) {
            Set<Long> withAncestors = new HashSet<>();
            row.topics().forEach(id -> withAncestors.addAll(selfAndAncestors(id)));
            withAncestors.forEach(id -> topic.merge(id, 1L, Long::sum));
        }
        Map<Long, Long> meeting = new HashMap<>();
        matching(query, Facet.MEETING).forEach(row -> row.meetings().forEach(id -> meeting.merge(id, 1L, Long::sum)));
        Map<Integer, Long> year = new HashMap<>();
        matching(query, Facet.YEAR).forEach(row -> row.years().forEach(y -> year.merge(y, 1L, Long::sum)));
        return new Facets(topic,
                count(matching(query, Facet.STATUS), Row::status, RecommendationStatus.class),
                count(matching(query, Facet.FEASIBILITY), Row::feasibility, Feasibility.class),
                count(matching(query, Facet.ADDRESSED_TO), Row::addressedTo, AddressedTo.class),
                count(matching(query, Facet.CONSENSUS), Row::consensus, Consensus.class),
                meeting, year, matching(query, null).size());
    }

    private static <E extends Enum<E>> Map<E, Long> count(List<Row> rows, Function<Row, E> value, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        rows.forEach(row -> counts.merge(value.apply(row), 1L, Long::sum));
        return counts;
    }

    /** The rows the query lets through, leaving out the choice of one facet (null: none left out). */
    private List<Row> matching(RecommendationQuery query, Facet except) {
        List<Predicate<Row>> conditions = new ArrayList<>();
        if (except != Facet.TOPIC && !query.topic().isEmpty()) {
            Set<Long> chosen = query.topic().stream().map(topicIdsBySlug::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            conditions.add(row -> row.topics().stream().anyMatch(id -> selfAndAncestors(id).stream()
                    .anyMatch(chosen::contains)));
        }
        if (except != Facet.STATUS && !query.status().isEmpty()) {
            conditions.add(row -> query.status().contains(row.status()));
        }
        if (except != Facet.FEASIBILITY && !query.feasibility().isEmpty()) {
            conditions.add(row -> query.feasibility().contains(row.feasibility()));
        }
        if (except != Facet.ADDRESSED_TO && !query.addressedTo().isEmpty()) {
            conditions.add(row -> query.addressedTo().contains(row.addressedTo()));
        }
        if (except != Facet.CONSENSUS && !query.consensus().isEmpty()) {
            conditions.add(row -> query.consensus().contains(row.consensus()));
        }
        if (except != Facet.MEETING && !query.meeting().isEmpty()) {
            conditions.add(row -> row.meetings().stream().anyMatch(query.meeting()::contains));
        }
        if (except != Facet.YEAR && !query.year().isEmpty()) {
            conditions.add(row -> row.years().stream().anyMatch(query.year()::contains));
        }
        if (query.searching()) {
            Set<Long> found = new HashSet<>(jdbc.queryForList("""
                    select id from recommendation
                     where search_en @@ websearch_to_tsquery('english', ?) or search_ru @@ websearch_to_tsquery('russian', ?)""",
                    Long.class, query.q(), query.q()));
            conditions.add(row -> found.contains(row.id()));
        }
        return rows.stream().filter(row -> conditions.stream().allMatch(condition -> condition.test(row))).toList();
    }

    private Set<Long> selfAndAncestors(Long topic) {
        Set<Long> chain = new HashSet<>();
        for (Long id = topic; id != null; id = parents.get(id)) {
            chain.add(id);
        }
        return chain;
    }
}
