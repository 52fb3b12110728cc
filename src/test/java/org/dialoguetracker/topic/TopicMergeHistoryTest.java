package org.dialoguetracker.topic;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: a topic merge relinked recommendations in SQL behind Envers' back, so a recommendation's History did
 * not show the merge and its latest topics differed from its page. The merge now leaves a revision of every record
 * it moves, by the user who merged: the History's newest entry shows the target topic among the topics, as the page
 * does.
 */
@IntegrationTest
class TopicMergeHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String stem = "zz-merge-history-" + Long.toString(System.nanoTime() % 100_000_000L, 36);

    Long recommendation;

    @AfterEach
    void tearDown() {
        if (recommendation != null) {
            jdbc.update("update recommendation set archived = true where id = ?", recommendation);
        }
    }

    @Test
    void a_merge_leaves_a_revision_whose_topics_are_those_the_page_shows() throws Exception {
        long source = topic(stem + "-source", "Merge history source " + stem);
        long target = topic(stem + "-target", "Merge history target " + stem);
        long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule,
                                     status)
                select min(id), 'Merge history meeting', date '2021-03-01', date '2021-03-01', 'ONLINE', 'TRACK_2',
                       'SIDE', 'HELD' from dialogue returning id""", Long.class);
        String reference = stem.toUpperCase().replace("ZZ-", "ZZ-H");
        mvc.perform(post("/meetings/{id}/recommendations", meeting).with(organiser()).with(csrf())
                .param("reference", reference).param("topicIds", String.valueOf(source))
                .param("addressedTo", "OSCE").param("feasibility", "POSSIBLE").param("consensus", "CONSENSUS")
                .param("titleEn", "Merge history recommendation " + stem)).andExpect(status().is3xxRedirection());
        recommendation = jdbc.queryForObject("select id from recommendation where reference = ?", Long.class,
                reference);
        int entriesBefore = entries(history()).size();

        mvc.perform(post("/topics/{slug}/merge", stem + "-source").with(organiser("organiser-ru")).with(csrf())
                .param("targetId", String.valueOf(target))).andExpect(status().is3xxRedirection());

        String history = history();
        java.util.List<String> entries = entries(history);
        assertThat(entries).as("the merge is an entry of the History").hasSize(entriesBefore + 1);
        String newest = entries.get(0);
        assertThat(newest).as("the newest entry: the merge, by who merged").contains("organiser-ru")
                .contains(stem + "-target");
        assertThat(mvc.perform(get("/recommendations/{id}", recommendation).with(organiser())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Merge history target " + stem);
        assertThat(jdbc.queryForObject("""
                select count(*) from recommendation_topic_aud where recommendation_id = ? and topic_id = ?""",
                Integer.class, recommendation, target)).as("the target in the audited links").isOne();
    }

    private long topic(String slug, String name) throws Exception {
        mvc.perform(post("/topics").with(organiser()).with(csrf()).param("nameEn", name).param("slug", slug))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from topic where slug = ?", Long.class, slug);
    }

    private String history() throws Exception {
        return mvc.perform(get("/recommendations/{id}/history", recommendation).with(organiser()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The History's entries, newest first, as their HTML. */
    private static java.util.List<String> entries(String html) {
        java.util.List<String> entries = new java.util.ArrayList<>();
        Matcher entry = Pattern.compile("(?s)<li class=\"history-entry.*?</li>").matcher(html);
        while (entry.find()) {
            entries.add(entry.group());
        }
        return entries;
    }

    private static RequestPostProcessor organiser() {
        return organiser("organiser");
    }

    private static RequestPostProcessor organiser(String name) {
        return user(name).roles("ORGANISER");
    }
}
