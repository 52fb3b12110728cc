package org.dialoguetracker.statement;

import java.util.List;
import java.util.regex.Pattern;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minute-taking pages stay fast however long the meeting: a fixed number of SQL statements for the workspace,
 * a save and a correction, with sixty statements on the page, each with a speaker, an institution and topics.
 * (Same configuration as {@code StatementCountTest}, so both share one application context.)
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesQueryCountTest {

    static final int STATEMENTS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    long meeting;

    long speaker;

    @BeforeAll
    void aLongMeeting() {
        meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                select min(id), 'Query count fixture: a long meeting', date '2023-05-10', date '2023-05-11', 'IN_PERSON',
                       'TRACK_2', 'NAMED', 'HELD' from dialogue returning id""", Long.class);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into agenda_item (meeting_id, position, title_en) values (?, ?, ?)", meeting, i,
                    "Query count fixture session " + i);
        }
        long institution = jdbc.queryForObject("""
                insert into institution (name_en, country, kind) values ('Query Count Fixture Institute', 'GB', 'ACADEMIA')
                returning id""", Long.class);
        for (int i = 0; i < 6; i++) {
            long participant = jdbc.queryForObject("""
                    insert into participant (name_latin, institution_id, side, capacity) values (?, ?, ?, 'EXPERT')
                    returning id""", Long.class, "Query Count Fixture " + i, institution, i % 2 == 0 ? "UK" : "RUSSIA");
            jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'PARTICIPANT')",
                    meeting, participant);
            speaker = participant;
        }
        jdbc.update("""
                insert into statement (meeting_id, agenda_item_id, position, kind, side, attribution, speaker_id, text_en)
                select ?, (select min(id) from agenda_item where meeting_id = ?), n, 'POSITION', 'RUSSIA', 'NAMED', ?,
                       'Query count fixture statement ' || n
                  from generate_series(1, ?) n""", meeting, meeting, speaker, STATEMENTS);
        jdbc.update("""
                insert into statement_topic (statement_id, topic_id)
                select s.id, t.id from statement s cross join (select id from topic order by id limit 3) t
                 where s.meeting_id = ?""", meeting);
    }

    @Test
    void the_workspace_issues_a_bounded_number_of_statements() throws Exception {
        long count = count(get("/meetings/" + meeting + "/minutes"), 200);
        assertThat(count).as("SQL statements for the workspace with %d statements", STATEMENTS).isBetween(1L, 8L);
    }

    /**
     * Under the form, the latest statements only, the last recorded first, with how many there are and a link to
     * the meeting's page, which has them all: a long meeting is not loaded and rendered whole after every save.
     */
    @Test
    void the_workspace_lists_the_latest_statements_newest_first_and_counts_them_all() throws Exception {
        String page = mvc.perform(get("/meetings/" + meeting + "/minutes").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long total = jdbc.queryForObject("select count(*) from statement where meeting_id = ?", Long.class, meeting);
        assertThat(page.split("class=\"recorded-statement\"", -1)).hasSize(20 + 1);
        assertThat(page).contains("Recorded so far: " + total + " statements, newest first")
                .contains("Only the latest 20 are listed here.")
                .containsPattern("<a href=\"/meetings/" + meeting + "\">All of them on the meeting&#39;s page</a>");
        List<Integer> listed = Pattern.compile("Query count fixture statement (\\d+)<").matcher(page).results()
                .map(match -> Integer.valueOf(match.group(1))).toList();
        assertThat(listed).isNotEmpty().first().isEqualTo(STATEMENTS);
        for (int i = 1; i < listed.size(); i++) {
            assertThat(listed.get(i)).as("newest first").isEqualTo(listed.get(i - 1) - 1);
        }
    }

    @Test
    void a_refused_save_and_an_edit_page_issue_a_bounded_number_of_statements_too() throws Exception {
        long refused = count(post("/meetings/" + meeting + "/statements").with(csrf()).param("kind", "POSITION")
                .param("side", "UK").param("attribution", "NAMED"), 200);
        assertThat(refused).as("SQL statements for a refused save").isBetween(1L, 10L);
        long statement = jdbc.queryForObject("select min(id) from statement where meeting_id = ?", Long.class, meeting);
        long edit = count(get("/meetings/" + meeting + "/statements/" + statement + "/edit"), 200);
        assertThat(edit).as("SQL statements for the edit page").isBetween(1L, 8L);
    }

    /**
     * The meeting, the session, the possible speakers and the topics are read once, for the checks and the save
     * alike; the rest is the save itself, with its history.
     */
    @Test
    void a_save_and_a_correction_read_what_the_form_names_once() throws Exception {
        long agendaItem = jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ?", Long.class,
                meeting);
        long topic = jdbc.queryForObject("select min(id) from topic", Long.class);
        long recorded = count(post("/meetings/" + meeting + "/statements").with(csrf()).param("kind", "POSITION")
                .param("side", "RUSSIA").param("attribution", "NAMED").param("agendaItemId", String.valueOf(agendaItem))
                .param("speakerId", String.valueOf(speaker)).param("topicIds", String.valueOf(topic))
                .param("textEn", "Query count fixture: a statement recorded"), 302);
        assertThat(recorded).as("SQL statements for a save").isBetween(1L, 11L);
        long statement = jdbc.queryForObject("select max(id) from statement where meeting_id = ?", Long.class, meeting);
        long version = jdbc.queryForObject("select version from statement where id = ?", Long.class, statement);
        long edited = count(post("/meetings/" + meeting + "/statements/" + statement + "/edit").with(csrf())
                .param("kind", "POSITION").param("side", "RUSSIA").param("attribution", "NAMED")
                .param("agendaItemId", String.valueOf(agendaItem)).param("speakerId", String.valueOf(speaker))
                .param("topicIds", String.valueOf(topic)).param("textEn", "Query count fixture: a statement corrected")
                .param("version", String.valueOf(version)), 302);
        assertThat(edited).as("SQL statements for a correction").isBetween(1L, 8L);
    }

    private long count(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return statements.count(request.buildRequest(new MockServletContext()).getRequestURI(),
                () -> mvc.perform(request.with(user("organiser").roles("ORGANISER")))
                        .andExpect(status().is(expectedStatus)));
    }
}
