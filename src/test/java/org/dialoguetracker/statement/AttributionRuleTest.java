package org.dialoguetracker.statement;

import java.util.List;
import java.util.Locale;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Chatham House rule on every researcher-facing page that shows statements: a meeting under NONE gives away
 * neither speakers nor sides, one under SIDE gives sides but no names, one under NAMED gives the names of those
 * who spoke on the record. Organisers see everything recorded.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionRuleTest {

    static final String SPEAKER_LATIN = "Eleanor Whitcombe-Fixture";

    static final String SPEAKER_CYRILLIC = "Элеонора Уиткомб-Фикстура";

    static final String SPEAKER_INSTITUTE = "Hartwell Institute of Attribution Studies";

    static final List<String> SIDE_LABELS = List.of("A UK participant", "The Russian side", "Both sides");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long noneMeeting;

    long sideMeeting;

    long namedMeeting;

    long demotedMeeting;

    long noneRecommendation;

    @BeforeAll
    void recordThreeMeetingsUnderTheThreeRules() {
        long institution = insert("""
                insert into institution (name_en, name_ru, country, kind) values (?, 'Институт Хартвелла', 'GB', 'THINK_TANK')
                returning id""", SPEAKER_INSTITUTE);
        long speaker = insert("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity, email)
                values (?, ?, ?, 'UK', 'EXPERT', 'whitcombe@example.org') returning id""",
                SPEAKER_LATIN, SPEAKER_CYRILLIC, institution);
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        noneMeeting = meeting(dialogue, "Attribution fixture: rule NONE", "NONE", speaker);
        sideMeeting = meeting(dialogue, "Attribution fixture: rule SIDE", "SIDE", speaker);
        namedMeeting = meeting(dialogue, "Attribution fixture: rule NAMED", "NAMED", speaker);
        demotedMeeting = meeting(dialogue, "Attribution fixture: NAMED, later NONE", "NAMED", speaker);

        statement(noneMeeting, "NONE", speaker, "UK", "Under rule NONE the rapporteur noted confidence building.");
        statement(noneMeeting, "NONE", speaker, "RUSSIA", "Under rule NONE a second point on interests was made.");
        statement(sideMeeting, "SIDE", speaker, "UK", "Under rule SIDE a point on deconfliction was made.");
        statement(sideMeeting, "NONE", speaker, "RUSSIA", "Under rule SIDE this point stays unattributed.");
        statement(namedMeeting, "NAMED", speaker, "UK", "On the record, the speaker backed a hotline.");
        statement(namedMeeting, "SIDE", speaker, "RUSSIA", "Within a NAMED meeting this point is reported by side only.");
        statement(demotedMeeting, "NAMED", speaker, "UK", "Recorded on the record before the rule was tightened.");
        // the organisers tighten the rule after the fact: what was recorded as NAMED must no longer show
        jdbc.update("update meeting set attribution_rule = 'NONE' where id = ?", demotedMeeting);

        long topic = jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", Long.class);
        jdbc.update("insert into statement_topic (statement_id, topic_id) select id, ? from statement where meeting_id in (?, ?)",
                topic, noneMeeting, demotedMeeting);
        noneRecommendation = insert("""
                insert into recommendation (reference, title_en, title_ru, addressed_to, feasibility, consensus, status)
                values ('FIXTURE-NONE-1', 'Attribution fixture recommendation', 'Рекомендация', 'OSCE', 'POSSIBLE',
                        'CONSENSUS', 'PROPOSED') returning id""");
        jdbc.update("insert into recommendation_meeting values (?, ?)", noneRecommendation, noneMeeting);
        jdbc.update("insert into recommendation_statement select ?, id from statement where meeting_id = ?",
                noneRecommendation, noneMeeting);
    }

    @Test
    void under_rule_NONE_a_researcher_sees_neither_speaker_nor_side_nor_affiliation() throws Exception {
        String none = page("/meetings/" + noneMeeting, researcher());
        assertThat(none).contains("Under rule NONE the rapporteur noted confidence building.");
        String demoted = page("/meetings/" + demotedMeeting, researcher());
        assertThat(demoted).contains("Recorded on the record before the rule was tightened.");
        for (String page : List.of(none, demoted)) {
            assertNothingAttributed(page);
            assertThat(page).doesNotContain("attendee-list").doesNotContain("Institutions represented");
        }
    }

    @Test
    void under_rule_NONE_the_topic_and_recommendation_pages_withhold_the_same() throws Exception {
        // the topic page also lists the demo meetings' statements, attributed to sides as their rule allows
        String topicPage = page("/topics/risk-reduction", researcher());
        assertNothingAttributed(statementCard(topicPage, "Under rule NONE the rapporteur noted confidence building."));
        assertNothingAttributed(statementCard(topicPage, "Recorded on the record before the rule was tightened."));
        assertThat(topicPage).doesNotContain(SPEAKER_LATIN).doesNotContain(SPEAKER_INSTITUTE);

        String recommendationPage = page("/recommendations/" + noneRecommendation, researcher());
        assertThat(recommendationPage).contains("Under rule NONE a second point on interests was made.");
        assertNothingAttributed(recommendationPage);
    }

    @Test
    void under_rule_SIDE_a_researcher_sees_sides_but_no_names() throws Exception {
        String page = page("/meetings/" + sideMeeting, researcher());
        assertThat(page).contains("Under rule SIDE a point on deconfliction was made.").contains("A UK participant");
        assertThat(page).doesNotContain(SPEAKER_LATIN).doesNotContain(SPEAKER_CYRILLIC)
                .doesNotContain("whitcombe@example.org").doesNotContain("attendee-list");
        // the statement recorded without attribution keeps its side to itself
        assertThat(page).doesNotContain("The Russian side");
    }

    @Test
    void under_rule_NAMED_a_researcher_sees_the_names_of_those_on_the_record_only() throws Exception {
        String page = page("/meetings/" + namedMeeting, researcher());
        assertThat(page).contains(SPEAKER_LATIN).contains("The Russian side");
        assertThat(countOf(page, SPEAKER_LATIN)).as("named once, on the NAMED statement only").isEqualTo(1);
        assertThat(page).doesNotContain("whitcombe@example.org").doesNotContain("attendee-list");

        String russian = page("/meetings/" + namedMeeting + "?lang=ru", researcher());
        assertThat(russian).contains(SPEAKER_CYRILLIC);
    }

    @Test
    void organisers_and_admins_see_everything_recorded() throws Exception {
        for (RequestPostProcessor who : List.of(organiser(), admin())) {
            String page = page("/meetings/" + noneMeeting, who);
            assertThat(page).contains(SPEAKER_LATIN).contains("A UK participant").contains("The Russian side")
                    .contains("attendee-list").contains("whitcombe@example.org");
        }
    }

    @Test
    void the_database_refuses_an_attribution_beyond_the_meeting_rule() {
        long speaker = jdbc.queryForObject("select id from participant where name_latin = ?", Long.class, SPEAKER_LATIN);
        assertThatThrownBy(() -> statement(sideMeeting, "NAMED", speaker, "UK", "This may not be stored."))
                .hasMessageContaining("exceeds the meeting's rule");
    }

    @Test
    void a_rule_lowered_after_the_minutes_lowers_the_statements_above_it_and_only_those() {
        // the fixture's meeting was NAMED when its statement was recorded NAMED, then lowered to NONE
        assertThat(jdbc.queryForList("select attribution from statement where meeting_id = ?", String.class,
                demotedMeeting)).containsOnly("NONE");

        long speaker = jdbc.queryForObject("select id from participant where name_latin = ?", Long.class, SPEAKER_LATIN);
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        long lowered = meeting(dialogue, "Attribution fixture: NAMED, later SIDE", "NAMED", speaker);
        statement(lowered, "NAMED", speaker, "UK", "On the record until the rule was lowered to sides.");
        statement(lowered, "SIDE", speaker, "RUSSIA", "Reported by side, and still so.");
        statement(lowered, "NONE", speaker, "UK", "Unattributed from the start.");
        jdbc.update("update meeting set attribution_rule = 'SIDE' where id = ?", lowered);
        assertThat(jdbc.queryForList("select attribution from statement where meeting_id = ? order by id",
                String.class, lowered)).containsExactly("SIDE", "SIDE", "NONE");

        // raising the rule again restores nothing: consent to be named is given anew, statement by statement
        jdbc.update("update meeting set attribution_rule = 'NAMED' where id = ?", lowered);
        assertThat(jdbc.queryForList("select attribution from statement where meeting_id = ? order by id",
                String.class, lowered)).containsExactly("SIDE", "SIDE", "NONE");
        assertThat(jdbc.queryForObject("""
                select count(*) from statement s join meeting m on m.id = s.meeting_id
                 where attribution_rank(s.attribution) > attribution_rank(m.attribution_rule)""", Long.class))
                .as("statements above their meeting's rule anywhere").isZero();
    }

    private void assertNothingAttributed(String page) {
        assertThat(page).doesNotContain(SPEAKER_LATIN).doesNotContain(SPEAKER_CYRILLIC)
                .doesNotContain(SPEAKER_INSTITUTE).doesNotContain("whitcombe@example.org");
        for (String label : SIDE_LABELS) {
            assertThat(page).as("side label '%s'", label).doesNotContain(label);
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The statement card ({@code <article>}) that holds this text. */
    private static String statementCard(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("statement '%s' on the page", text).isNotNegative();
        return page.substring(page.lastIndexOf("<article", at), page.indexOf("</article>", at));
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static RequestPostProcessor researcher() {
        return SecurityMockMvcRequestPostProcessors.user("researcher").roles("RESEARCHER");
    }

    private static RequestPostProcessor organiser() {
        return SecurityMockMvcRequestPostProcessors.user("organiser").roles("ORGANISER");
    }

    private static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
    }

    private long meeting(long dialogue, String title, String rule, long attendee) {
        long id = insert("""
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Geneva', date '2019-03-01', date '2019-03-02', 'IN_PERSON', 'TRACK_2', ?, 'HELD')
                returning id""", dialogue, title, rule);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                id, attendee);
        return id;
    }

    private void statement(long meeting, String attribution, long speaker, String side, String text) {
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en)
                values (?, 'POSITION', ?, ?, ?, ?)""", meeting, side, attribution, speaker, text);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
