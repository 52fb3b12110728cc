package org.dialoguetracker.shared.web;

import java.util.List;
import java.util.Locale;

import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.WithoutTriggers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages researchers read most are kept as rendered until anything in the database changes: a kept page is the
 * page as first rendered (title and all, escaped as it was); it is really kept (a change the counter does not see
 * stays unseen); any change made through the app or by SQL, on any table a page shows, reaches the next view; and a
 * page is never given to a reader it was not rendered for: another role, language or host, or a page with a form of
 * someone's session.
 */
@IntegrationTest
class PageCacheTest {

    static final RequestPostProcessor RESEARCHER = user("researcher").roles("RESEARCHER");

    static final RequestPostProcessor ORGANISER = user("organiser").roles("ORGANISER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long meeting;

    long recommendation;

    @BeforeEach
    void pick() {
        meeting = jdbc.queryForObject("select min(id) from meeting where attribution_rule = 'SIDE'"
                + " and exists (select 1 from statement s where s.meeting_id = meeting.id)", Long.class);
        recommendation = jdbc.queryForObject("select min(id) from recommendation where not archived", Long.class);
    }

    @Test
    void a_page_read_again_is_the_one_first_rendered_and_is_really_kept() throws Exception {
        String title = jdbc.queryForObject("select title_en from recommendation where id = ?", String.class,
                recommendation);
        String marked = "Kept <b>page</b> & \"quotes\" · " + recommendation;
        jdbc.update("update recommendation set title_en = ? where id = ?", marked, recommendation);
        try {
            String path = "/recommendations/" + recommendation;
            String first = page(get(path).with(RESEARCHER));
            assertThat(first).contains("Kept &lt;b&gt;page&lt;/b&gt; &amp; &quot;quotes&quot;");
            String again = page(get(path).with(RESEARCHER));
            assertThat(main(again)).isEqualTo(main(first));
            assertThat(title(again)).isEqualTo(title(first));

            // a change the counter does not see is not seen: the page is kept, not rendered again
            WithoutTriggers.execute(jdbc, "update recommendation set title_en = 'Unseen title' where id = "
                    + recommendation);
            assertThat(page(get(path).with(RESEARCHER))).doesNotContain("Unseen title").contains("Kept &lt;b&gt;");
            // once anything moves the counter, the page is rendered again
            jdbc.update("update topic set name_en = name_en where id = (select min(id) from topic)");
            assertThat(page(get(path).with(RESEARCHER))).contains("Unseen title");
        }
        finally {
            jdbc.update("update recommendation set title_en = ? where id = ?", title, recommendation);
        }
    }

    @Test
    void a_kept_pages_title_is_escaped_as_when_first_rendered() throws Exception {
        String q = "<b> \"engagement\" & · x";
        String first = page(get("/search").param("q", q).with(RESEARCHER));
        assertThat(title(first)).contains("&lt;b&gt; &quot;engagement&quot; &amp; · x");
        String again = page(get("/search").param("q", q).with(RESEARCHER));
        assertThat(title(again)).isEqualTo(title(first));
        assertThat(main(again)).isEqualTo(main(first));
    }

    @Test
    void a_change_on_a_table_the_page_shows_reaches_the_next_view() throws Exception {
        String path = "/meetings/" + meeting;
        page(get(path).with(RESEARCHER));
        String agendaTitle = jdbc.queryForObject("select title_en from agenda_item where meeting_id = ?"
                + " order by position limit 1", String.class, meeting);
        jdbc.update("update agenda_item set title_en = 'Renamed session' where meeting_id = ? and position ="
                + " (select min(position) from agenda_item where meeting_id = ?)", meeting, meeting);
        try {
            assertThat(page(get(path).with(RESEARCHER))).contains("Renamed session");
        }
        finally {
            jdbc.update("update agenda_item set title_en = ? where meeting_id = ? and position ="
                    + " (select min(position) from agenda_item where meeting_id = ?)", agendaTitle, meeting, meeting);
        }
        assertThat(page(get(path).with(RESEARCHER))).doesNotContain("Renamed session").contains(agendaTitle);
    }

    @Test
    void a_change_made_through_the_app_reaches_the_next_view() throws Exception {
        String title = jdbc.queryForObject("select title_en from recommendation where id = ?", String.class,
                recommendation);
        jdbc.update("update recommendation set title_en = 'Zephyrine pact' where id = ?", recommendation);
        String path = "/recommendations?q=zephyrine";
        try {
            assertThat(page(get(path).with(RESEARCHER))).contains("Zephyrine pact");
            mvc.perform(post("/recommendations/" + recommendation + "/archive").with(ORGANISER).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(page(get(path).with(RESEARCHER))).doesNotContain("Zephyrine pact");
        }
        finally {
            jdbc.update("update recommendation set title_en = ?, archived = false where id = ?", title,
                    recommendation);
        }
    }

    @Test
    void a_page_kept_for_one_role_is_not_given_to_another() throws Exception {
        String path = "/search?q=engagement";
        String organisers = page(get(path).with(ORGANISER));
        assertThat(organisers).contains("Researchers see:");
        assertThat(page(get(path).with(RESEARCHER))).doesNotContain("Researchers see:");
        assertThat(page(get(path).with(ORGANISER))).contains("Researchers see:");
    }

    @Test
    void a_page_kept_in_one_language_or_for_one_host_is_not_given_in_another() throws Exception {
        String path = "/recommendations/" + recommendation;
        String english = page(get(path).with(RESEARCHER));
        MockHttpSession russian = new MockHttpSession();
        russian.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag("ru"));
        String inRussian = page(get(path).session(russian).with(RESEARCHER));
        assertThat(inRussian).isNotEqualTo(english).contains("lang=\"ru\"");
        assertThat(page(get(path).with(RESEARCHER))).contains("<html lang=\"en\"");

        String list = "/recommendations?status=PROPOSED";
        assertThat(page(get(list).with(RESEARCHER))).contains("http://localhost/recommendations?");
        assertThat(page(get(list).with(RESEARCHER).with(request -> {
            request.setServerName("tracker.example.org");
            return request;
        }))).contains("http://tracker.example.org/recommendations?")
                .doesNotContain("http://localhost/recommendations?");
    }

    @Test
    void a_page_with_a_form_of_the_readers_session_is_never_kept() throws Exception {
        String path = "/recommendations/" + recommendation;
        String organisers = page(get(path).with(ORGANISER));
        assertThat(main(organisers)).contains("name=\"_csrf\"");
        String title = jdbc.queryForObject("select title_en from recommendation where id = ?", String.class,
                recommendation);
        WithoutTriggers.execute(jdbc, "update recommendation set title_en = 'Organisers see this at once' where id = "
                + recommendation);
        try {
            assertThat(page(get(path).with(ORGANISER))).contains("Organisers see this at once");
        }
        finally {
            jdbc.update("update recommendation set title_en = ? where id = ?", title, recommendation);
        }
    }

    /**
     * Issue 18, item 9: during a meeting a statement is recorded every few seconds. It renders anew the pages that list
     * statements (the meeting, the search), where it shows at once, and leaves the recommendation pages and the
     * dashboard kept: neither the statement nor its history moves their counter.
     */
    @Test
    void a_statement_recorded_leaves_the_recommendation_pages_kept_and_shows_at_once_where_statements_are_listed()
            throws Exception {
        String title = jdbc.queryForObject("select title_en from recommendation where id = ?", String.class,
                recommendation);
        String list = "/recommendations?status=PROPOSED&size=100";
        String detail = "/recommendations/" + recommendation;
        String meetingPage = "/meetings/" + meeting;
        String search = "/search?q=quokkaphrase";
        page(get(list).with(RESEARCHER));
        page(get(detail).with(RESEARCHER));
        assertThat(page(get(meetingPage).with(RESEARCHER))).doesNotContain("quokkaphrase");
        assertThat(page(get(search).with(RESEARCHER))).doesNotContain("Kept page fixture: a quokkaphrase");
        long pages = counter("pages");
        long statements = counter("statements");
        // unseen by any counter: shows only where a page is rendered again
        WithoutTriggers.execute(jdbc, "update recommendation set title_en = 'Unseen title' where id = "
                + recommendation);
        try {
            mvc.perform(post(meetingPage + "/statements").with(ORGANISER).with(csrf()).param("kind", "POSITION")
                    .param("side", "UK").param("attribution", "SIDE")
                    .param("topicIds", jdbc.queryForObject("select min(id) from topic", String.class))
                    .param("textEn", "Kept page fixture: a quokkaphrase recorded during the meeting"))
                    .andExpect(status().is3xxRedirection());
            assertThat(counter("pages")).as("the pages counter after a statement and its history").isEqualTo(pages);
            assertThat(counter("statements")).isGreaterThan(statements);

            assertThat(page(get(meetingPage).with(RESEARCHER))).contains("a quokkaphrase recorded");
            assertThat(page(get(search).with(RESEARCHER))).contains("quokkaphrase</mark> recorded during the meeting");
            assertThat(page(get(list).with(RESEARCHER))).doesNotContain("Unseen title");
            assertThat(page(get(detail).with(RESEARCHER))).doesNotContain("Unseen title");
        }
        finally {
            jdbc.update("delete from statement where text_en like 'Kept page fixture: a quokkaphrase%'");
            jdbc.update("update recommendation set title_en = ? where id = ?", title, recommendation);
        }
    }

    /**
     * A recommendation's page shows the statements linked to it, topics and all: a change to one of those, or to its
     * topics, moves the pages counter; a change to a statement that no recommendation links to does not.
     */
    @Test
    void a_change_to_a_statement_linked_to_a_recommendation_reaches_its_page() throws Exception {
        long linked = jdbc.queryForObject("select min(statement_id) from recommendation_statement rs"
                + " join statement s on s.id = rs.statement_id join meeting m on m.id = s.meeting_id"
                + " where m.attribution_rule <> 'NONE' and s.text_en is not null", Long.class);
        long owner = jdbc.queryForObject("select min(recommendation_id) from recommendation_statement"
                + " where statement_id = ?", Long.class, linked);
        long unlinked = jdbc.queryForObject("select min(id) from statement s where not exists"
                + " (select 1 from recommendation_statement rs where rs.statement_id = s.id)", Long.class);
        String text = jdbc.queryForObject("select text_en from statement where id = ?", String.class, linked);
        String path = "/recommendations/" + owner;
        try {
            long pages = counter("pages");
            jdbc.update("update statement set text_en = text_en where id = ?", unlinked);
            jdbc.update("insert into statement_topic (statement_id, topic_id) select ?, t.id from topic t"
                    + " where not exists (select 1 from statement_topic st where st.statement_id = ? and st.topic_id"
                    + " = t.id) order by t.id limit 1", unlinked, unlinked);
            assertThat(counter("pages")).as("after changes to a statement no recommendation links to")
                    .isEqualTo(pages);

            page(get(path).with(RESEARCHER));
            jdbc.update("update statement set text_en = 'Corrected linked statement' where id = ?", linked);
            assertThat(page(get(path).with(RESEARCHER))).contains("Corrected linked statement");

            String topic = jdbc.queryForObject("select t.name_en from topic t where not exists (select 1 from"
                    + " statement_topic st where st.statement_id = ? and st.topic_id = t.id) order by t.id limit 1",
                    String.class, linked);
            assertThat(page(get(path).with(RESEARCHER))).doesNotContain(">" + topic + "<");
            jdbc.update("insert into statement_topic (statement_id, topic_id) select ?, t.id from topic t"
                    + " where t.name_en = ?", linked, topic);
            assertThat(page(get(path).with(RESEARCHER))).contains(">" + topic + "<");
        }
        finally {
            jdbc.update("update statement set text_en = ? where id = ?", text, linked);
        }
    }

    /**
     * The history (Envers' revisions and {@code _aud} tables) moves no counter: no kept page or kept result reads it,
     * and every write through the app adds to it (V33).
     */
    @Test
    void the_history_moves_no_counter() {
        assertThat(jdbc.queryForList("""
                select distinct event_object_table from information_schema.triggers
                 where action_statement like '%bump_%data_version%'
                   and (event_object_table in ('revision', 'revision_entity') or event_object_table like '%\\_aud')
                """, String.class)).isEmpty();
    }

    @Test
    void every_table_moves_the_page_counter_but_those_no_page_shows() {
        List<String> withoutTrigger = jdbc.queryForList("""
                select table_name from information_schema.tables t
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not in ('revision', 'revision_entity') and table_name not like '%\\_aud'
                  and not exists (select 1 from information_schema.triggers g
                                  where g.event_object_table = t.table_name
                                    and g.action_statement like 'EXECUTE FUNCTION bump_data_version(%''pages''%')
                order by table_name""", String.class);
        // the history tables, which no kept page reads, are left out above (the_history_moves_no_counter)
        assertThat(withoutTrigger).as("tables left out of the pages counter (V15, V16): add a trigger, or say here why not")
                .containsExactlyInAnyOrder("data_version", "flyway_schema_history", "spring_session",
                        "spring_session_attributes", "api_token", "audit_event",
                        // the events between modules waiting for their listeners (V17): no page shows them
                        "event_publication",
                        // a bulk update's preview waiting to be applied (V23): shown only by its own page, not kept
                        "import_plan",
                        // a document's bytes (V24): no page shows them; the document and its versions, which pages
                        // list, move the counter
                        "document_content", "document_chunk",
                        // guest reviewers' invitations (V21): only the reviewers' page shows them, which holds forms
                        // and is never kept; and every guest visit writes one, which would move the counter
                        "review_invitation",
                        // the notifications (V25): the outbox, its attachments and sent log, the choices and
                        // unsubscriptions, the links' key and the jobs' locks are read by the admins' outbox, /profile
                        // and the unsubscribe pages, none of them kept
                        "mail_outbox", "mail_attachment", "mail_sent_log", "notification_preference",
                        "mail_unsubscribe", "notification_key", "shedlock");
    }

    private long counter(String name) {
        return jdbc.queryForObject("select version from data_version where name = ?", Long.class, name);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private static String title(String html) {
        return html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
    }
}
