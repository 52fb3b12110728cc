package org.dialoguetracker.statement;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Minute-taking on the organiser's workspace: the statement form refuses what the meeting's rule or common sense
 * forbids, with the message next to the field and nothing saved, and after a save comes back empty on the same
 * session, kind and side.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinuteTakingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long sideMeeting;

    long namedMeeting;

    long noneMeeting;

    long session;

    long otherSession;

    long ukSpeaker;

    long russianSpeaker;

    long riskReduction;

    long armsControl;

    @BeforeAll
    void aMeetingUnderTheSideRuleAndOneOnTheRecord() {
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        sideMeeting = meeting(dialogue, "Minutes fixture: rule SIDE", "SIDE");
        namedMeeting = meeting(dialogue, "Minutes fixture: rule NAMED", "NAMED");
        noneMeeting = meeting(dialogue, "Minutes fixture: rule NONE", "NONE");
        session = insert("insert into agenda_item (meeting_id, position, title_en, title_ru) values (?, 0, ?, ?) returning id",
                sideMeeting, "Minutes fixture: risk reduction session", "Сессия о снижении рисков");
        otherSession = insert("insert into agenda_item (meeting_id, position, title_en) values (?, 1, ?) returning id",
                sideMeeting, "Minutes fixture: values and interests");
        ukSpeaker = insert("insert into participant (name_latin, side, capacity) values (?, 'UK', 'EXPERT') returning id",
                "Minutes Fixture-Whitlow");
        russianSpeaker = insert("insert into participant (name_latin, side, capacity) values (?, 'RUSSIA', 'EXPERT') returning id",
                "Minutes Fixture-Orlov");
        for (long meeting : new long[] { sideMeeting, namedMeeting }) {
            for (long participant : new long[] { ukSpeaker, russianSpeaker }) {
                jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'PARTICIPANT')",
                        meeting, participant);
            }
        }
        riskReduction = jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", Long.class);
        armsControl = jdbc.queryForObject("select id from topic where slug = 'arms-control'", Long.class);
    }

    @Test
    void a_statement_without_text_in_either_language_is_refused() throws Exception {
        int before = statements(sideMeeting);
        String page = refused(record(sideMeeting, "textEn", " ", "textRu", ""), "textEn",
                "statement.form.text.required");
        assertThat(errorsOf(page, "textEn")).contains("Write the statement in English or in Russian.");
        assertThat(statements(sideMeeting)).isEqualTo(before);
    }

    @Test
    void an_attribution_beyond_the_meeting_rule_is_refused_next_to_the_attribution_field() throws Exception {
        int before = statements(sideMeeting);
        String page = refused(record(sideMeeting, "attribution", "NAMED", "speakerId", "" + ukSpeaker,
                "textEn", "Minutes fixture: this must not be named."), "attribution",
                "statement.form.attribution.beyondRule");
        assertThat(errorsOf(page, "attribution")).contains(
                "This meeting is held under the rule “Attribution to sides”: a statement cannot be attributed beyond it.");
        assertThat(statements(sideMeeting)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from statement where text_en = 'Minutes fixture: this must not be named.'",
                Integer.class)).isZero();
    }

    @Test
    void the_workspace_offers_only_the_attributions_the_rule_allows() throws Exception {
        String page = page("/meetings/" + sideMeeting + "/minutes");
        String attribution = select(page, "attribution");
        assertThat(attribution).contains("value=\"NONE\"", "value=\"SIDE\"").doesNotContain("value=\"NAMED\"");
        assertThat(page).contains("This meeting is held under the rule: Attribution to sides.");
        assertThat(select(page, "speakerId")).contains("Minutes Fixture-Whitlow", "Minutes Fixture-Orlov");
        assertThat(select(page("/meetings/" + namedMeeting + "/minutes"), "attribution")).contains("value=\"NAMED\"");
    }

    @Test
    void a_statement_on_the_record_needs_its_speaker() throws Exception {
        int before = statements(namedMeeting);
        String page = refused(record(namedMeeting, "attribution", "NAMED", "textEn", "Minutes fixture: who said this?"),
                "speakerId", "statement.form.speaker.requiredWhenNamed");
        assertThat(errorsOf(page, "speakerId")).contains("A statement on the record needs its speaker.");
        assertThat(statements(namedMeeting)).isEqualTo(before);
    }

    @Test
    void a_speaker_cannot_speak_for_the_other_side() throws Exception {
        int before = statements(namedMeeting);
        String page = refused(record(namedMeeting, "side", "RUSSIA", "speakerId", "" + ukSpeaker,
                "textEn", "Minutes fixture: crossed sides."), "side", "statement.form.side.notSpeakers");
        assertThat(errorsOf(page, "side")).contains("The speaker is from the side “UK”");
        assertThat(statements(namedMeeting)).isEqualTo(before);
    }

    @Test
    void a_speaker_or_session_of_another_meeting_is_refused() throws Exception {
        long stranger = insert("insert into participant (name_latin, side, capacity) values ('Minutes Fixture-Stranger', 'UK', 'EXPERT') returning id");
        int before = statements(namedMeeting);
        String page = refused(record(namedMeeting, "speakerId", "" + stranger, "agendaItemId", "" + session,
                "textEn", "Minutes fixture: a stranger spoke."), "speakerId", "statement.form.speaker.unknown");
        assertThat(errorsOf(page, "speakerId")).contains("Choose one of the people invited to this meeting.");
        assertThat(errorsOf(page, "agendaItemId")).contains("Choose one of this meeting&#39;s sessions, or none.");
        assertThat(statements(namedMeeting)).isEqualTo(before);
    }

    @Test
    void an_over_long_text_is_refused_in_the_reader_language() throws Exception {
        int before = statements(sideMeeting);
        String tooLong = "x".repeat(StatementForm.MAX_TEXT + 1);
        String page = refused(record(sideMeeting, "textRu", tooLong), "textRu", "Size");
        assertThat(errorsOf(page, "textRu")).contains("Keep the text to at most 10000 characters.");
        String russian = refused(record(sideMeeting, "textEn", tooLong, "lang", "ru"), "textEn", "Size");
        assertThat(errorsOf(russian, "textEn")).contains("Текст не должен превышать 10000 символов.");
        assertThat(statements(sideMeeting)).isEqualTo(before);
    }

    @Test
    void after_a_save_the_form_comes_back_empty_on_the_same_session_kind_and_side() throws Exception {
        int before = statements(sideMeeting);
        String text = "Minutes fixture: a hotline between the defence ministries would reduce risks.";
        mvc.perform(record(sideMeeting, "agendaItemId", "" + session, "kind", "PROPOSAL", "side", "RUSSIA",
                        "speakerId", "" + russianSpeaker, "textEn", text)
                        .param("topicIds", "" + riskReduction, "" + armsControl))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + sideMeeting + "/minutes?agendaItem=" + session
                        + "&kind=PROPOSAL&side=RUSSIA"))
                .andExpect(flash().attribute("message", "statement.recorded"));
        assertThat(statements(sideMeeting)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from statement s where s.text_en = ? and s.agenda_item_id = ? and s.kind = 'PROPOSAL'
                   and s.side = 'RUSSIA' and s.attribution = 'SIDE' and s.speaker_id = ?
                   and s.position = (select max(position) from statement where meeting_id = s.meeting_id)
                   and (select count(*) from statement_topic t where t.statement_id = s.id) = 2""",
                Integer.class, text, session, russianSpeaker)).isEqualTo(1);

        String workspace = page("/meetings/" + sideMeeting + "/minutes?agendaItem=" + session + "&kind=PROPOSAL&side=RUSSIA");
        assertThat(selected(select(workspace, "agendaItemId"))).isEqualTo(String.valueOf(session));
        assertThat(selected(select(workspace, "kind"))).isEqualTo("PROPOSAL");
        assertThat(selected(select(workspace, "side"))).isEqualTo("RUSSIA");
        assertThat(selected(select(workspace, "speakerId"))).isEmpty();
        assertThat(textarea(workspace, "textEn")).isEmpty();
        assertThat(textarea(workspace, "textRu")).isEmpty();
        assertThat(checkedTopics(workspace)).as("no topic ticked on the empty form").isEmpty();
        assertThat(workspace).as("the statement shows below the form").contains(text);
    }

    @Test
    void statements_are_appended_after_the_last_one_and_listed_newest_first() throws Exception {
        long meeting = meeting(jdbc.queryForObject("select min(id) from dialogue", Long.class), "Minutes fixture: order", "NONE");
        for (String text : new String[] { "Minutes fixture: first point.", "Minutes fixture: second point." }) {
            mvc.perform(record(meeting, "attribution", "NONE", "textEn", text)).andExpect(status().isFound());
        }
        assertThat(jdbc.queryForList("select text_en from statement where meeting_id = ? order by position", String.class,
                meeting)).containsExactly("Minutes fixture: first point.", "Minutes fixture: second point.");
        String workspace = page("/meetings/" + meeting + "/minutes");
        assertThat(workspace.indexOf("Minutes fixture: second point.")).isLessThan(workspace.indexOf("Minutes fixture: first point."));
    }

    @Test
    void a_stale_edit_gets_the_conflict_page_and_the_first_save_survives() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: the original wording.");
        long version = jdbc.queryForObject("select version from statement where id = ?", Long.class, statement);
        String edit = "/meetings/" + sideMeeting + "/statements/" + statement + "/edit";
        mvc.perform(edit(edit, version, "textEn", "Minutes fixture: the first correction."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/meetings/" + sideMeeting + "/minutes"));

        String page = mvc.perform(edit(edit, version, "textEn", "Minutes fixture: the second, stale correction."))
                .andExpect(status().isConflict()).andExpect(view().name("statements/form"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Changed by someone else while you were editing")
                .contains("Minutes fixture: the first correction.")
                .contains("Minutes fixture: the second, stale correction.");
        assertThat(jdbc.queryForObject("select text_en from statement where id = ?", String.class, statement))
                .isEqualTo("Minutes fixture: the first correction.");
        assertThat(page).as("the form now carries the saved version, so saving again re-applies the user's text")
                .contains("name=\"version\" value=\"" + (version + 1) + "\"");
    }

    @Test
    void an_edit_keeps_the_rule_too() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: stays attributed to a side.");
        long version = jdbc.queryForObject("select version from statement where id = ?", Long.class, statement);
        String page = mvc.perform(edit("/meetings/" + sideMeeting + "/statements/" + statement + "/edit", version,
                        "attribution", "NAMED", "speakerId", "" + ukSpeaker,
                        "textEn", "Minutes fixture: stays attributed to a side."))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "attribution",
                        "statement.form.attribution.beyondRule"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(selected(select(page, "attribution"))).as("the refused choice stays visible").isEqualTo("NAMED");
        assertThat(jdbc.queryForObject("select attribution from statement where id = ?", String.class, statement))
                .isEqualTo("SIDE");
    }

    @Test
    void a_statement_is_deleted_with_its_links_to_recommendations() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: to be deleted.");
        long recommendation = insert("""
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values ('MINUTES-FIXTURE-1', 'Minutes fixture recommendation', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED')
                returning id""");
        jdbc.update("insert into recommendation_statement values (?, ?)", recommendation, statement);
        mvc.perform(post("/meetings/" + sideMeeting + "/statements/" + statement + "/delete").with(organiser()).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("message", "statement.deleted"));
        assertThat(jdbc.queryForObject("select count(*) from statement where id = ?", Integer.class, statement)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from recommendation_statement where recommendation_id = ?",
                Integer.class, recommendation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from recommendation where id = ?", Integer.class, recommendation))
                .isOne();
    }

    @Test
    void unknown_statements_and_statements_of_another_meeting_are_not_found() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: belongs to the SIDE meeting.");
        mvc.perform(get("/meetings/" + namedMeeting + "/statements/" + statement + "/edit").with(organiser()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + sideMeeting + "/statements/987654321/edit").with(organiser()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + namedMeeting + "/statements/" + statement + "/delete").with(organiser()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/987654321/minutes").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(record(987654321L, "textEn", "Minutes fixture: nowhere.")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from statement where id = ?", Integer.class, statement)).isOne();
    }

    @Test
    void the_meeting_page_links_each_statement_to_its_edit_form_for_organisers_only() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: linked from the meeting page.");
        String link = "/meetings/" + sideMeeting + "/statements/" + statement + "/edit";
        // with the link, what researchers are shown of the statement: both for organisers only
        assertThat(page("/meetings/" + sideMeeting)).contains(link).contains("Researchers see:");
        assertThat(mvc.perform(get("/meetings/" + sideMeeting).with(researcher())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(link).doesNotContain("Researchers see:");
    }

    @Test
    void a_researcher_gets_403_on_every_minute_taking_page_and_change() throws Exception {
        long statement = statement(sideMeeting, "Minutes fixture: out of a researcher's reach.");
        String base = "/meetings/" + sideMeeting;
        mvc.perform(get(base + "/minutes").with(researcher())).andExpect(status().isForbidden());
        mvc.perform(get(base + "/statements/" + statement + "/edit").with(researcher())).andExpect(status().isForbidden());
        int before = statements(sideMeeting);
        mvc.perform(post(base + "/statements").with(researcher()).with(csrf()).param("kind", "POSITION")
                .param("side", "UK").param("attribution", "NONE").param("textEn", "Minutes fixture: by a researcher."))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/statements/" + statement + "/edit").with(researcher()).with(csrf())
                .param("textEn", "changed")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/statements/" + statement + "/delete").with(researcher()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statements(sideMeeting)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select text_en from statement where id = ?", String.class, statement))
                .isEqualTo("Minutes fixture: out of a researcher's reach.");
    }

    @Test
    void under_the_none_rule_a_statement_may_go_without_a_side_and_reads_as_unattributed_to_everyone() throws Exception {
        String workspace = page("/meetings/" + noneMeeting + "/minutes");
        assertThat(select(workspace, "side")).as("the blank choice says the side is not recorded")
                .contains("<option value=\"\">– not recorded –</option>");
        assertThat(workspace).contains("Optional: under this meeting&#39;s rule no side is shown to researchers.");

        String text = "Minutes fixture: someone in the room proposed a hotline.";
        mvc.perform(record(noneMeeting, "side", "", "attribution", "NONE", "textEn", text))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + noneMeeting + "/minutes?kind=POSITION"));
        assertThat(jdbc.queryForObject("select count(*) from statement where meeting_id = ? and text_en = ? and side is null",
                Integer.class, noneMeeting, text)).isOne();

        // shown as a NONE statement is shown: no side, "Unattributed", to organisers and researchers alike
        for (RequestPostProcessor reader : new RequestPostProcessor[] { organiser(), researcher() }) {
            String meetingPage = mvc.perform(get("/meetings/" + noneMeeting).with(reader)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String shown = around(meetingPage, text);
            assertThat(shown).contains("Unattributed").doesNotContain("Both sides", "A UK participant", "The Russian side");
        }
        // and it can be edited, still without a side
        long statement = jdbc.queryForObject("select id from statement where text_en = ?", Long.class, text);
        long version = jdbc.queryForObject("select version from statement where id = ?", Long.class, statement);
        mvc.perform(edit("/meetings/" + noneMeeting + "/statements/" + statement + "/edit", version, "side", "",
                        "attribution", "NONE", "textEn", text + " Corrected."))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select side is null and text_en like '%Corrected.' from statement where id = ?",
                Boolean.class, statement)).isTrue();
    }

    @Test
    void under_the_side_and_named_rules_the_side_stays_required() throws Exception {
        for (long meeting : new long[] { sideMeeting, namedMeeting }) {
            int before = statements(meeting);
            String page = refused(record(meeting, "side", "", "attribution", "SIDE", "textEn", "Minutes fixture: whose point?"),
                    "side", "statement.form.side.required");
            assertThat(errorsOf(page, "side")).contains("Choose the side that made the point.");
            assertThat(select(page, "side")).contains("– choose the side –").doesNotContain("not recorded");
            assertThat(statements(meeting)).isEqualTo(before);
        }
        // and the database keeps it so for anything attributed, however it is written
        assertThatThrownBy(() -> jdbc.update("""
                insert into statement (meeting_id, position, kind, side, attribution, text_en)
                values (?, 100, 'POSITION', null, 'SIDE', 'Minutes fixture: a side without a side')""", sideMeeting))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("statement_side_when_attributed");
    }

    @Test
    void topics_are_checkboxes_under_the_tree_that_bind_to_the_same_list_of_ids() throws Exception {
        String workspace = page("/meetings/" + sideMeeting + "/minutes");
        assertThat(workspace).as("no list box to Ctrl-click").doesNotContain("<select class=\"form-select\" multiple");
        Matcher box = Pattern.compile("<input class=\"form-check-input\" type=\"checkbox\" value=\"" + riskReduction
                + "\" id=\"(topicIds\\d+)\" name=\"topicIds\">").matcher(workspace);
        assertThat(box.find()).as("a checkbox named topicIds for the topic risk-reduction").isTrue();
        assertThat(workspace).as("labelled by the topic's name").containsPattern(
                "<label class=\"form-check-label\" for=\"" + box.group(1) + "\">Risk reduction and confidence building</label>");
        assertThat(workspace).as("roots start the groups; the filter box waits for its script")
                .contains("form-check depth-0 topic-root", "form-check depth-1", "<div class=\"topic-filter mb-2\" hidden>",
                        "<input type=\"hidden\" name=\"_topicIds\" value=\"on\"");

        // a refused form keeps what was ticked
        String page = refused(record(sideMeeting, "textEn", "", "topicIds", "" + armsControl), "textEn",
                "statement.form.text.required");
        assertThat(checkedTopics(page)).containsExactly(String.valueOf(armsControl));
    }

    /** The values of the ticked topic checkboxes. */
    private static java.util.List<String> checkedTopics(String page) {
        Matcher matcher = Pattern.compile("<input class=\"form-check-input\" type=\"checkbox\" value=\"(\\d+)\"[^>]*name=\"topicIds\"[^>]*checked")
                .matcher(page);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    /** The statement's block on a page: from the start of its article to the end of its text. */
    private static String around(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("the page shows %s", text).isGreaterThanOrEqualTo(0);
        int start = page.lastIndexOf("<article", at);
        return page.substring(start, at + text.length());
    }

    /** A POST of the statement form: kind POSITION, side UK, attribution SIDE unless overridden (name, value…). */
    private MockHttpServletRequestBuilder record(long meeting, String... fields) {
        return form(post("/meetings/" + meeting + "/statements"), fields);
    }

    private MockHttpServletRequestBuilder edit(String path, long version, String... fields) {
        return form(post(path).param("version", "" + version), fields);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... fields) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("kind", "POSITION", "side", "UK", "attribution", "SIDE"));
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        values.forEach(request::param);
        return request.with(organiser()).with(csrf());
    }

    /** Posts, expects the workspace back with this error on this field, and returns the page. */
    private String refused(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(view().name("statements/minutes"))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code)).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(organiser())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The messages shown next to a field (its aria-describedby block). */
    private static String errorsOf(String page, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-errors\">(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("messages next to %s", field).isTrue();
        return matcher.group(1);
    }

    private static String select(String page, String field) {
        Matcher matcher = Pattern.compile("<select[^>]*id=\"" + field + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("select %s", field).isTrue();
        return matcher.group(1);
    }

    private static String selected(String options) {
        Matcher matcher = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"").matcher(options);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String textarea(String page, String field) {
        Matcher matcher = Pattern.compile("<textarea[^>]*id=\"" + field + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("textarea %s", field).isTrue();
        return matcher.group(1).strip();
    }

    private int statements(long meeting) {
        return jdbc.queryForObject("select count(*) from statement where meeting_id = ?", Integer.class, meeting);
    }

    private long statement(long meeting, String text) {
        return insert("""
                insert into statement (meeting_id, position, kind, side, attribution, text_en)
                values (?, 100, 'POSITION', 'UK', 'SIDE', ?) returning id""", meeting, text);
    }

    private long meeting(long dialogue, String title, String rule) {
        return insert("""
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Vienna', date '2021-10-04', date '2021-10-05', 'IN_PERSON', 'TRACK_2', ?, 'HELD')
                returning id""", dialogue, title, rule);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
