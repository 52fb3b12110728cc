package org.dialoguetracker.topic;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
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
 * Organisers keep the topic tree: create, rename and move topics, merge one into another with all its links.
 * Bad input gets a message next to the field and changes nothing; the tree never loops.
 */
@IntegrationTest
class TopicTreeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_malformed_slug_is_refused() throws Exception {
        for (String slug : List.of("Arms Control", "arms--control", "-arms", "контроль")) {
            String page = refusedOnCreate(form("slug", slug, "nameEn", "Topic fixture: malformed slug"), "slug",
                    "topic.form.slug.invalid");
            assertThat(errorsOf(page, "slug")).contains(
                    "Use lower-case Latin letters and digits only, with single hyphens between words, e.g. arms-control.");
        }
        assertThat(topicsNamed("Topic fixture: malformed slug")).isZero();
    }

    @Test
    void a_slug_already_in_use_is_refused() throws Exception {
        String page = refusedOnCreate(form("slug", "risk-reduction", "nameEn", "Topic fixture: duplicate"), "slug",
                "topic.form.slug.taken");
        assertThat(errorsOf(page, "slug")).contains("The slug “risk-reduction” is already used by another topic");
        // left empty, the slug proposed from the name is checked the same way
        refusedOnCreate(form("nameEn", "Arms control"), "slug", "topic.form.slug.taken");
        assertThat(topicsNamed("Topic fixture: duplicate")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from topic where slug = 'risk-reduction'", Integer.class)).isOne();
    }

    @Test
    void a_topic_needs_a_name_in_one_language_at_least() throws Exception {
        int before = jdbc.queryForObject("select count(*) from topic", Integer.class);
        String page = refusedOnCreate(form("slug", "topic-fixture-nameless"), "nameEn", "topic.form.name.required");
        assertThat(errorsOf(page, "nameEn")).contains("Give a name in English or in Russian.");
        assertThat(jdbc.queryForObject("select count(*) from topic where slug = 'topic-fixture-nameless'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).isGreaterThanOrEqualTo(before);
    }

    @Test
    void left_empty_the_slug_is_made_from_the_english_name_and_the_topic_goes_last_under_its_parent() throws Exception {
        long parent = topic(null, "topic-fixture-proposal-parent", "Topic fixture: proposal parent", 0);
        topic(parent, "topic-fixture-proposal-sibling", "Topic fixture: sibling", 4);
        mvc.perform(post("/topics").with(organiser()).with(csrf()).param("nameEn", "Topic fixture: Naval incidents at sea")
                        .param("nameRu", "Инциденты на море").param("parentId", "" + parent))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/topics/topic-fixture-naval-incidents-at-sea"))
                .andExpect(flash().attribute("message", "topic.created"));
        assertThat(jdbc.queryForMap("select parent_id, position, name_ru from topic where slug = 'topic-fixture-naval-incidents-at-sea'"))
                .containsEntry("parent_id", parent).containsEntry("position", 5).containsEntry("name_ru", "Инциденты на море");
    }

    @Test
    void a_topic_is_renamed_in_both_languages_and_moved_under_another_parent() throws Exception {
        long first = topic(null, "topic-fixture-rename-first", "Topic fixture: first parent", 0);
        long second = topic(null, "topic-fixture-rename-second", "Topic fixture: second parent", 0);
        long moved = topic(first, "topic-fixture-rename-me", "Topic fixture: old name", 0);
        mvc.perform(post("/topics/topic-fixture-rename-me/edit").with(organiser()).with(csrf())
                        .param("slug", "topic-fixture-renamed").param("nameEn", "Topic fixture: new name")
                        .param("nameRu", "Новое название").param("parentId", "" + second).param("version", "0"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/topics/topic-fixture-renamed"));
        assertThat(jdbc.queryForMap("select slug, name_en, name_ru, parent_id from topic where id = ?", moved))
                .containsEntry("slug", "topic-fixture-renamed").containsEntry("name_en", "Topic fixture: new name")
                .containsEntry("name_ru", "Новое название").containsEntry("parent_id", second);
        mvc.perform(get("/topics/topic-fixture-renamed").with(organiser())).andExpect(status().isOk());
    }

    @Test
    void a_topic_cannot_move_under_itself_or_its_own_descendant() throws Exception {
        long root = topic(null, "topic-fixture-loop-root", "Topic fixture: loop root", 0);
        long child = topic(root, "topic-fixture-loop-child", "Topic fixture: loop child", 0);
        long grandchild = topic(child, "topic-fixture-loop-grandchild", "Topic fixture: loop grandchild", 0);
        for (long parent : new long[] { grandchild, child, root }) {
            String page = mvc.perform(post("/topics/topic-fixture-loop-root/edit").with(organiser()).with(csrf())
                            .param("slug", "topic-fixture-loop-root").param("nameEn", "Topic fixture: loop root")
                            .param("nameRu", "Петля").param("parentId", "" + parent).param("version", "0"))
                    .andExpect(status().isOk()).andExpect(view().name("topics/form"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "topic.form.parent.descendant"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(errorsOf(page, "parentId"))
                    .contains("A topic cannot be placed under itself or one of its own subtopics.");
        }
        assertThat(jdbc.queryForMap("select parent_id, name_ru, version from topic where id = ?", root))
                .containsEntry("parent_id", null).containsEntry("name_ru", "Тестовая тема").containsEntry("version", 0L);
        assertThat(select(page("/topics/topic-fixture-loop-root/edit"), "parentId"))
                .as("the topic and its descendants are not offered as parents")
                .doesNotContain("Topic fixture: loop child").contains("Risk reduction");
    }

    @Test
    void the_database_refuses_a_loop_too() {
        long root = topic(null, "topic-fixture-db-loop-root", "Topic fixture: db loop root", 0);
        long child = topic(root, "topic-fixture-db-loop-child", "Topic fixture: db loop child", 0);
        assertThatThrownBy(() -> jdbc.update("update topic set parent_id = ? where id = ?", child, root))
                .hasMessageContaining("cannot be placed under its own descendant");
    }

    @Test
    void a_stale_topic_edit_gets_the_conflict_page_and_the_first_save_survives() throws Exception {
        long id = topic(null, "topic-fixture-stale", "Topic fixture: stale", 0);
        mvc.perform(post("/topics/topic-fixture-stale/edit").with(organiser()).with(csrf()).param("slug", "topic-fixture-stale")
                        .param("nameEn", "Topic fixture: first rename").param("nameRu", "Тестовая тема").param("version", "0"))
                .andExpect(status().isFound());
        String page = mvc.perform(post("/topics/topic-fixture-stale/edit").with(organiser()).with(csrf())
                        .param("slug", "topic-fixture-stale").param("nameEn", "Topic fixture: second, stale rename")
                        .param("nameRu", "Тестовая тема").param("version", "0"))
                .andExpect(status().isConflict()).andExpect(view().name("topics/form"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Changed by someone else while you were editing")
                .contains("Topic fixture: first rename").contains("Topic fixture: second, stale rename");
        assertThat(jdbc.queryForObject("select name_en from topic where id = ?", String.class, id))
                .isEqualTo("Topic fixture: first rename");
    }

    @Test
    void a_merge_moves_every_link_and_subtopic_to_the_target_and_removes_the_source() throws Exception {
        long source = topic(null, "topic-fixture-merge-source", "Topic fixture: merge source", 0);
        long target = topic(null, "topic-fixture-merge-target", "Topic fixture: merge target", 0);
        long sourceKid = topic(source, "topic-fixture-merge-source-kid", "Topic fixture: source's subtopic", 0);
        long targetKid = topic(target, "topic-fixture-merge-target-kid", "Topic fixture: target's subtopic", 0);
        long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                select min(id), 'Topic fixture: merge meeting', date '2022-02-01', date '2022-02-01', 'ONLINE', 'TRACK_2',
                       'SIDE', 'HELD' from dialogue returning id""", Long.class);
        // recorded through the form, so that its history (Envers) refers to the source topic too
        mvc.perform(post("/meetings/" + meeting + "/statements").with(organiser()).with(csrf()).param("kind", "POSITION")
                .param("side", "UK").param("attribution", "SIDE").param("textEn", "Topic fixture: only on the source")
                .param("topicIds", "" + source)).andExpect(status().isFound());
        long onlySource = jdbc.queryForObject("select id from statement where text_en = 'Topic fixture: only on the source'", Long.class);
        long onBoth = jdbc.queryForObject("""
                insert into statement (meeting_id, kind, side, attribution, text_en)
                values (?, 'POSITION', 'RUSSIA', 'SIDE', 'Topic fixture: on both') returning id""", Long.class, meeting);
        long recommendation = jdbc.queryForObject("""
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values ('TOPIC-FIXTURE-MERGE', 'Topic fixture recommendation', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED')
                returning id""", Long.class);
        long session = jdbc.queryForObject("""
                insert into agenda_item (meeting_id, position, title_en) values (?, 0, 'Topic fixture session') returning id""",
                Long.class, meeting);
        jdbc.update("insert into statement_topic values (?, ?), (?, ?)", onBoth, source, onBoth, target);
        jdbc.update("insert into recommendation_topic values (?, ?)", recommendation, source);
        jdbc.update("insert into agenda_item_topic values (?, ?), (?, ?)", session, source, session, target);

        String preview = page("/topics/topic-fixture-merge-source/merge");
        assertThat(preview).contains("Statements linked: 2", "Recommendations linked: 1", "Agenda sessions linked: 1",
                "Subtopics: 1");
        mvc.perform(post("/topics/topic-fixture-merge-source/merge").with(organiser()).with(csrf())
                        .param("targetId", "" + target))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/topics/topic-fixture-merge-target"))
                .andExpect(flash().attribute("message", "topic.merged"));

        assertThat(jdbc.queryForObject("select count(*) from topic where id = ?", Integer.class, source)).isZero();
        for (String link : List.of("statement_topic", "recommendation_topic", "agenda_item_topic")) {
            assertThat(jdbc.queryForObject("select count(*) from " + link + " where topic_id = ?", Integer.class, source))
                    .as("links left in %s", link).isZero();
        }
        assertThat(topicsOf("statement_topic", "statement_id", onlySource)).containsExactly(target);
        assertThat(topicsOf("statement_topic", "statement_id", onBoth)).containsExactly(target);
        assertThat(topicsOf("recommendation_topic", "recommendation_id", recommendation)).containsExactly(target);
        assertThat(topicsOf("agenda_item_topic", "agenda_item_id", session)).containsExactly(target);
        assertThat(jdbc.queryForMap("select parent_id, position from topic where id = ?", sourceKid))
                .containsEntry("parent_id", target).containsEntry("position", 1);
        assertThat(jdbc.queryForObject("select parent_id from topic where id = ?", Long.class, targetKid)).isEqualTo(target);

        assertThat(page("/topics/topic-fixture-merge-target")).contains("Topic fixture: only on the source", "Topic fixture: on both");
        mvc.perform(get("/topics/topic-fixture-merge-source").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + meeting + "/history").with(organiser())).andExpect(status().isOk());
    }

    @Test
    void a_topic_cannot_be_merged_into_itself_or_a_descendant() throws Exception {
        long source = topic(null, "topic-fixture-merge-loop", "Topic fixture: merge loop", 0);
        long kid = topic(source, "topic-fixture-merge-loop-kid", "Topic fixture: merge loop kid", 0);
        Map<Long, String> refusals = new LinkedHashMap<>();
        refusals.put(source, "A topic cannot be merged into itself.");
        refusals.put(kid, "A topic cannot be merged into one of its own subtopics");
        for (var refusal : refusals.entrySet()) {
            String page = mvc.perform(post("/topics/topic-fixture-merge-loop/merge").with(organiser()).with(csrf())
                            .param("targetId", "" + refusal.getKey()))
                    .andExpect(status().isOk()).andExpect(view().name("topics/merge"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(errorsOf(page, "targetId")).contains(refusal.getValue());
        }
        mvc.perform(post("/topics/topic-fixture-merge-loop/merge").with(organiser()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "targetId", "topic.merge.target.required"));
        assertThat(jdbc.queryForObject("select count(*) from topic where id in (?, ?)", Integer.class, source, kid)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select parent_id from topic where id = ?", Long.class, kid)).isEqualTo(source);
    }

    @Test
    void unknown_topics_are_not_found() throws Exception {
        mvc.perform(get("/topics/no-such-topic/edit").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(get("/topics/no-such-topic/merge").with(organiser())).andExpect(status().isNotFound());
        mvc.perform(post("/topics/no-such-topic/merge").with(organiser()).with(csrf()).param("targetId", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void organisers_find_the_tools_on_the_topic_pages_and_researchers_do_not() throws Exception {
        assertThat(page("/topics")).contains("href=\"/topics/new\"", "href=\"/topics/risk-reduction/edit\"",
                "href=\"/topics/risk-reduction/merge\"");
        String researcherView = mvc.perform(get("/topics/risk-reduction").with(researcher())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(researcherView).doesNotContain("/topics/risk-reduction/edit").doesNotContain("/merge");
    }

    @Test
    void a_researcher_gets_403_on_every_topic_form_and_change() throws Exception {
        long id = topic(null, "topic-fixture-researcher", "Topic fixture: researcher", 0);
        for (String path : List.of("/topics/new", "/topics/topic-fixture-researcher/edit", "/topics/topic-fixture-researcher/merge")) {
            mvc.perform(get(path).with(researcher())).andExpect(status().isForbidden());
        }
        int before = jdbc.queryForObject("select count(*) from topic", Integer.class);
        mvc.perform(post("/topics").with(researcher()).with(csrf()).param("nameEn", "Topic fixture: by a researcher"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/topics/topic-fixture-researcher/edit").with(researcher()).with(csrf())
                .param("nameEn", "Topic fixture: renamed by a researcher").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/topics/topic-fixture-researcher/merge").with(researcher()).with(csrf())
                .param("targetId", jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", String.class)))
                .andExpect(status().isForbidden());
        assertThat(topicsNamed("Topic fixture: by a researcher")).isZero();
        assertThat(jdbc.queryForObject("select name_en from topic where id = ?", String.class, id))
                .isEqualTo("Topic fixture: researcher");
        assertThat(jdbc.queryForObject("select count(*) from topic where id = ?", Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).isGreaterThanOrEqualTo(before);
    }

    private MockHttpServletRequestBuilder form(String... fields) {
        MockHttpServletRequestBuilder request = post("/topics").with(organiser()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private String refusedOnCreate(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andExpect(view().name("topics/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", field, code))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(organiser())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

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

    private List<Long> topicsOf(String table, String column, long id) {
        return jdbc.queryForList("select topic_id from " + table + " where " + column + " = ?", Long.class, id);
    }

    private int topicsNamed(String name) {
        return jdbc.queryForObject("select count(*) from topic where name_en = ?", Integer.class, name);
    }

    /** A fixture topic, named in both languages as every topic of the demo data is. */
    private long topic(Long parent, String slug, String name, int position) {
        return jdbc.queryForObject("""
                insert into topic (parent_id, slug, name_en, name_ru, position) values (?, ?, ?, ?, ?) returning id""",
                Long.class, parent, slug, name, "Тестовая тема", position);
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
