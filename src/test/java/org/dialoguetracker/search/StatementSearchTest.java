package org.dialoguetracker.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.TextSearch.Highlight;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementHit;
import org.dialoguetracker.statement.StatementSearch.Filter;
import org.dialoguetracker.statement.StatementSearch;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.topic.TopicService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search over statements, through the service: both stemmers, Cyrillic queries, highlighted snippets in the
 * language that matched, anything typed in the box, the narrowing by topic, side and meeting, the order of the hits,
 * and the attribution rule on every hit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementSearchTest {

    static final Viewer RESEARCHER = new Viewer("researcher", Role.RESEARCHER);

    static final Viewer ORGANISER = new Viewer("organiser", Role.ORGANISER);

    /** Everything a reader might type into a search box that a naive query would choke on. */
    static final List<String> HOSTILE = List.of("\"", "'", "&", "|", "!", ":*", "(", ")))", "a & | b", "!!!", "foo:*",
            "\"unbalanced", "'; drop table statement; --", "x".repeat(5000), "the and of", "🚀🕊️ 🤝", "%", "\\",
            "engagement:* & !", "<-> <2> !(", "-", "or", "\"\"", "'''", "переговоры & | !");

    @Autowired
    StatementSearch search;

    @Autowired
    TopicService topics;

    @Autowired
    JdbcTemplate jdbc;

    SearchFixtures fixtures;

    long words;

    long engagement;

    long negotiations;

    long unrelated;

    long bilingual;

    long longText;

    long noneMeeting;

    long sideMeeting;

    long namedMeeting;

    long noneStatement;

    long sideStatement;

    long namedStatement;

    long older;

    long newer;

    @BeforeAll
    void statementsToFind() {
        fixtures = new SearchFixtures(jdbc, "Search service fixture dialogue");
        words = fixtures.meeting("Search fixture: words", "NAMED", LocalDate.of(2004, 4, 12));
        engagement = fixtures.statement(words, "NONE", "UK", null,
                "Sustained engagement between the two armed forces lowers the risk of accidents.", null);
        negotiations = fixtures.statement(words, "NONE", "RUSSIA", null, null,
                "Стороны говорили о переговорах по контролю над вооружениями.");
        unrelated = fixtures.statement(words, "NONE", "UK", null,
                "Confidence-building measures were discussed at some length over dinner.", null);
        bilingual = fixtures.statement(words, "NONE", "BOTH", null,
                "Both sides favoured a hotline for incidents at sea.",
                "Обе стороны поддержали горячую линию на случай инцидентов на море.");

        longText = fixtures.statement(words, "NONE", "UK", null, String.join(" ", Collections.nCopies(12,
                "Delegations reviewed the calendar of exercises near the border.")) + " Ravenglass was mentioned once. "
                + String.join(" ", Collections.nCopies(12, "Observers asked for earlier notifications.")), null);

        long institution = fixtures.institution("Ravensholm Institute of Search Fixtures");
        long speaker = fixtures.speaker("Tamsin Orrery-Searchfixture", "Тамсин Оррери", institution, "UK");
        noneMeeting = fixtures.meeting("Search fixture: rule NONE", "NONE", LocalDate.of(2003, 5, 4));
        sideMeeting = fixtures.meeting("Search fixture: rule SIDE", "SIDE", LocalDate.of(2003, 6, 4));
        namedMeeting = fixtures.meeting("Search fixture: rule NAMED", "NAMED", LocalDate.of(2003, 7, 4));
        noneStatement = fixtures.statement(noneMeeting, "NONE", "UK", speaker,
                "A quillwort channel for deconfliction was proposed under the strict rule.", null);
        sideStatement = fixtures.statement(sideMeeting, "SIDE", "UK", speaker,
                "The quillwort channel should meet monthly, one side said.", null);
        namedStatement = fixtures.statement(namedMeeting, "NAMED", "UK", speaker,
                "On the record: the quillwort channel needs a secretariat.", null);
        fixtures.tag(namedStatement, "incident-prevention");
        long session = fixtures.agendaItem(namedMeeting, 0, "Search fixture session on channels");
        fixtures.placeInSession(namedStatement, session);

        long earlier = fixtures.meeting("Search fixture: an earlier round", "SIDE", LocalDate.of(2001, 3, 1));
        long later = fixtures.meeting("Search fixture: a later round", "SIDE", LocalDate.of(2005, 3, 1));
        older = fixtures.statement(earlier, "SIDE", "RUSSIA", null, "Marrowgate talks should continue.", null);
        newer = fixtures.statement(later, "SIDE", "RUSSIA", null, "Marrowgate talks should continue.", null);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void english_stemming_finds_engagement_for_engagements_and_marks_it() {
        List<StatementHit> hits = inWords("engagements");
        assertThat(ids(hits)).containsExactly(engagement);
        StatementHit hit = hits.get(0);
        assertThat(hit.snippetLanguage()).isEqualTo("en");
        assertThat(hit.snippet()).contains(new Highlight("engagement", true));
        assertThat(text(hit.snippet())).as("the passage around the match, as plain text")
                .startsWith("Sustained engagement between the two armed forces lowers the risk of accidents");
        assertThat(hit.startsPartway()).as("the whole text is shown").isFalse();
        assertThat(hit.endsPartway()).as("the whole text is shown, bar its full stop").isFalse();
    }

    @Test
    void a_snippet_of_a_longTexttext_says_that_it_leaves_out_the_beginning_and_the_end() {
        StatementHit hit = inWords("ravenglass").get(0);
        assertThat(hit.statement().id()).isEqualTo(longText);
        assertThat(hit.snippet()).contains(new Highlight("Ravenglass", true));
        assertThat(text(hit.snippet()).length()).isLessThan(hit.statement().text().en().length() / 2);
        assertThat(hit.startsPartway()).isTrue();
        assertThat(hit.endsPartway()).isTrue();
    }

    @Test
    void russian_stemming_finds_peregovorakh_for_peregovory_and_marks_it() {
        List<StatementHit> hits = inWords("переговоры");
        assertThat(ids(hits)).containsExactly(negotiations);
        assertThat(hits.get(0).snippetLanguage()).isEqualTo("ru");
        assertThat(hits.get(0).snippet()).contains(new Highlight("переговорах", true));
    }

    @Test
    void a_query_in_cyrillic_finds_russian_text_and_no_unrelated_english_text() {
        assertThat(ids(inWords("вооружения"))).containsExactly(negotiations);
        assertThat(ids(inWords("стороны"))).containsExactlyInAnyOrder(negotiations, bilingual)
                .doesNotContain(engagement, unrelated);
        assertThat(ids(inWords("море"))).containsExactly(bilingual);
    }

    @Test
    void a_text_matched_in_both_languages_is_shown_in_the_readers_language() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        StatementHit english = inWords("hotline or линию").get(0);
        assertThat(english.statement().id()).isEqualTo(bilingual);
        assertThat(english.snippetLanguage()).isEqualTo("en");
        assertThat(english.snippet()).contains(new Highlight("hotline", true));

        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        StatementHit russian = inWords("hotline or линию").get(0);
        assertThat(russian.snippetLanguage()).isEqualTo("ru");
        assertThat(russian.snippet()).contains(new Highlight("линию", true));

        // matched in English only: English, whatever the reader's language
        assertThat(inWords("hotline").get(0).snippetLanguage()).isEqualTo("en");
    }

    @Test
    void phrases_alternatives_and_exclusions_follow_the_web_search_syntax() {
        assertThat(ids(inWords("\"armed forces\""))).containsExactly(engagement);
        assertThat(ids(inWords("\"forces armed\""))).isEmpty();
        assertThat(ids(inWords("dinner or hotline"))).containsExactlyInAnyOrder(unrelated, bilingual);
        assertThat(ids(inWords("sides -hotline"))).isEmpty();
    }

    @Test
    void anything_typed_gives_results_or_an_empty_list_never_an_error() {
        long before = jdbc.queryForObject("select count(*) from statement", Long.class);
        for (String typed : HOSTILE) {
            for (Viewer viewer : List.of(RESEARCHER, ORGANISER)) {
                Page<StatementHit> page = search.search(new Filter(typed), 0, 20, viewer);
                assertThat(page.getContent()).as("results for %s", typed).hasSizeLessThanOrEqualTo(20);
                search.search(new Filter(typed, List.of(1L), StatementSide.UK, words), 3, 20, viewer);
            }
        }
        assertThat(search.search(new Filter("the and of"), 0, 20, RESEARCHER)).as("only stopwords").isEmpty();
        assertThat(search.search(new Filter("   "), 0, 20, RESEARCHER)).as("blank").isEmpty();
        assertThat(search.search(new Filter(null), 0, 20, RESEARCHER)).as("nothing").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from statement", Long.class)).isEqualTo(before);
        // the hostile characters around a real word still find it
        assertThat(ids(inWords("engagement:* & !"))).containsExactly(engagement);
        assertThat(ids(inWords("(engagement"))).containsExactly(engagement);
    }

    @Test
    void a_researcher_gets_no_more_attribution_than_each_meeting_allows() {
        StatementView none = hit(search.search(new Filter("quillwort"), 0, 100, RESEARCHER), noneStatement);
        assertThat(none.side()).isNull();
        assertThat(none.speaker()).isNull();
        assertThat(none.speakerInstitution()).isNull();

        StatementView side = hit(search.search(new Filter("quillwort"), 0, 100, RESEARCHER), sideStatement);
        assertThat(side.side()).isEqualTo(StatementSide.UK);
        assertThat(side.speaker()).isNull();
        assertThat(side.speakerInstitution()).isNull();

        StatementView named = hit(search.search(new Filter("quillwort"), 0, 100, RESEARCHER), namedStatement);
        assertThat(named.side()).isEqualTo(StatementSide.UK);
        assertThat(named.speaker().en()).isEqualTo("Tamsin Orrery-Searchfixture");
    }

    @Test
    void an_organiser_gets_everything_recorded() {
        for (long id : List.of(noneStatement, sideStatement, namedStatement)) {
            StatementView view = hit(search.search(new Filter("quillwort"), 0, 100, ORGANISER), id);
            assertThat(view.side()).isEqualTo(StatementSide.UK);
            assertThat(view.speaker().en()).isEqualTo("Tamsin Orrery-Searchfixture");
        }
    }

    @Test
    void narrowing_by_side_never_reveals_a_side_the_rule_withholds() {
        assertThat(ids(search.search(new Filter("quillwort", null, StatementSide.UK, null), 0, 100, RESEARCHER)
                .getContent())).contains(sideStatement, namedStatement).doesNotContain(noneStatement);
        assertThat(ids(search.search(new Filter("quillwort", null, StatementSide.UK, null), 0, 100, ORGANISER)
                .getContent())).contains(noneStatement, sideStatement, namedStatement);
        assertThat(ids(search.search(new Filter("quillwort", null, StatementSide.RUSSIA, null), 0, 100, ORGANISER)
                .getContent())).doesNotContain(noneStatement, sideStatement, namedStatement);
    }

    @Test
    void narrowing_by_meeting_and_by_topic_with_its_subtopics() {
        assertThat(ids(search.search(new Filter("quillwort", null, null, sideMeeting), 0, 20, RESEARCHER)
                .getContent())).containsExactly(sideStatement);
        List<Long> riskReduction = topics.tree().find("risk-reduction").orElseThrow().subtreeIds();
        assertThat(ids(search.search(new Filter("quillwort", riskReduction, null, null), 0, 20, RESEARCHER)
                .getContent())).containsExactly(namedStatement);
        List<Long> cyber = topics.tree().find("cyber-security").orElseThrow().subtreeIds();
        assertThat(search.search(new Filter("quillwort", cyber, null, null), 0, 20, RESEARCHER)).isEmpty();
        assertThat(search.search(new Filter("quillwort", List.of(), null, null), 0, 20, RESEARCHER))
                .as("a topic that names nothing").isEmpty();
    }

    @Test
    void hits_carry_their_meeting_session_and_topics() {
        StatementHit hit = search.search(new Filter("quillwort", null, null, namedMeeting), 0, 20, RESEARCHER)
                .getContent().get(0);
        assertThat(hit.statement().meetingId()).isEqualTo(namedMeeting);
        assertThat(hit.statement().meetingTitle().en()).isEqualTo("Search fixture: rule NAMED");
        assertThat(hit.meetingDate()).isEqualTo(LocalDate.of(2003, 7, 4));
        assertThat(hit.agendaItem().en()).isEqualTo("Search fixture session on channels");
        assertThat(hit.statement().topics()).extracting(topic -> topic.slug()).containsExactly("incident-prevention");
    }

    @Test
    void equal_matches_come_newest_meeting_first_and_pages_count_them_all() {
        assertThat(ids(search.search(new Filter("marrowgate"), 0, 20, RESEARCHER).getContent()))
                .containsExactly(newer, older);

        Page<StatementHit> first = search.search(new Filter("quillwort"), 0, 2, RESEARCHER);
        Page<StatementHit> second = search.search(new Filter("quillwort"), 1, 2, RESEARCHER);
        Page<StatementHit> beyond = search.search(new Filter("quillwort"), 7, 2, RESEARCHER);
        assertThat(first.getContent()).hasSize(2);
        assertThat(second.getContent()).hasSize(1);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(List.of(first.getTotalElements(), second.getTotalElements(), beyond.getTotalElements()))
                .containsOnly(3L);
        assertThat(ids(first.getContent())).doesNotContainAnyElementsOf(ids(second.getContent()));
    }

    @Test
    void a_search_matching_more_than_can_be_ranked_ranks_its_most_recent_matches_then_the_rest_by_date() {
        long earliest = fixtures.meeting("Search fixture: the earliest round", "SIDE", LocalDate.of(2000, 2, 1));
        long best = fixtures.statement(earliest, "SIDE", "UK", null, "Tindlewick: Tindlewick, Tindlewick talks.", null);
        long after = fixtures.meeting("Search fixture: a round after the earliest", "SIDE", LocalDate.of(2002, 2, 1));
        long recent = fixtures.statement(after, "SIDE", "UK", null, "Tindlewick talks.", null);
        assertThat(ids(search.search(new Filter("tindlewick"), 0, 20, RESEARCHER).getContent()))
                .as("all ranked").containsExactly(best, recent);
        ReflectionTestUtils.setField(search, "rankedMatches", 1);
        try {
            Page<StatementHit> page = search.search(new Filter("tindlewick"), 0, 20, RESEARCHER);
            assertThat(ids(page.getContent())).as("the most recent ranked, the rest by date").containsExactly(recent, best);
            assertThat(page.getTotalElements()).isEqualTo(2);
        }
        finally {
            ReflectionTestUtils.setField(search, "rankedMatches", 1_000);
        }
    }

    private List<StatementHit> inWords(String typed) {
        return search.search(new Filter(typed, null, null, words), 0, 20, RESEARCHER).getContent();
    }

    private static StatementView hit(Page<StatementHit> page, long id) {
        return page.getContent().stream().map(StatementHit::statement).filter(view -> view.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("statement " + id + " not found"));
    }

    private static List<Long> ids(List<StatementHit> hits) {
        return hits.stream().map(hit -> hit.statement().id()).toList();
    }

    private static String text(List<Highlight> snippet) {
        return snippet.stream().map(Highlight::text).reduce("", String::concat);
    }
}
