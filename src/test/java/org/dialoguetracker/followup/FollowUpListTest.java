package org.dialoguetracker.followup;

import java.time.LocalDate;

import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /follow-ups}: every role reads it; it filters by status and to the overdue ones, which stand out. */
@IntegrationTest
class FollowUpListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    long recommendation;

    String reference;

    String overdue;

    String inProgressOverdue;

    String dueLater;

    String doneLate;

    String cancelledLate;

    @BeforeEach
    void actions() {
        fixtures = new RecommendationFixtures(jdbc);
        long meeting = fixtures.meeting(fixtures.dialogue(), "Fixture round on the list", LocalDate.of(1999, 2, 1));
        reference = RecommendationFixtures.unique("RT-LIST-");
        recommendation = fixtures.recommendation(meeting, reference, "List fixture", "ADOPTED");
        LocalDate longAgo = LocalDate.of(1999, 12, 31);
        overdue = action(longAgo, "OPEN");
        inProgressOverdue = action(longAgo, "IN_PROGRESS");
        dueLater = action(LocalDate.now().plusYears(5), "OPEN");
        doneLate = action(longAgo, "DONE");
        cancelledLate = action(longAgo, "CANCELLED");
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    @Test
    void the_overdue_filter_lists_only_open_actions_past_their_due_date() throws Exception {
        String page = page("/follow-ups?overdue=true&size=100");
        assertThat(page).contains(overdue, inProgressOverdue).doesNotContain(dueLater, doneLate, cancelledLate);
        assertThat(page).contains("checked=\"checked\"");
        assertThat(jdbc.queryForObject("""
                select count(*) from follow_up_action f join recommendation r on r.id = f.recommendation_id
                 where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date < current_date and not r.archived""",
                Integer.class)).isEqualTo(occurrences(page, "class=\"followup table-danger overdue\""));
    }

    @Test
    void the_status_filter_lists_one_status_and_rows_lead_to_their_recommendation() throws Exception {
        String page = page("/follow-ups?status=DONE&size=100");
        assertThat(page).contains(doneLate).doesNotContain(overdue, dueLater, cancelledLate)
                .contains("href=\"/recommendations/" + recommendation + "#follow-ups\"").contains(reference);
        assertThat(page("/follow-ups?status=CANCELLED&overdue=true")).doesNotContain(cancelledLate);
    }

    @Test
    void the_whole_list_puts_open_actions_first_and_marks_the_overdue_ones() throws Exception {
        String page = page("/follow-ups?size=100");
        assertThat(page.indexOf(overdue)).isLessThan(page.indexOf(dueLater));
        assertThat(page.indexOf(dueLater)).isLessThan(page.indexOf(doneLate));
        assertThat(page("/recommendations/" + recommendation)).contains("2 follow-up actions are overdue.")
                .contains("table-danger overdue");
        assertThat(page("/")).contains(overdue);
    }

    @Test
    void the_list_is_paged_and_refuses_values_it_does_not_know() throws Exception {
        assertThat(page("/follow-ups?size=1")).contains("class=\"pagination");
        mvc.perform(get("/follow-ups?status=LATE").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/follow-ups?overdue=maybe").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isBadRequest());
    }

    /** Issue 17: the disabled "Previous" of page 1 linked to {@code ?page=-1}, and "Next" of the last page beyond it. */
    @Test
    void the_pager_links_no_page_before_the_first_or_after_the_last() throws Exception {
        String first = page("/follow-ups?size=1");
        assertThat(first).doesNotContain("page=-1").contains("page=1");
        assertThat(first.split("aria-disabled=\"true\"", -1)).hasSize(2);
        // a page beyond the last is the last too: its "Next" leads nowhere
        String beyond = page("/follow-ups?size=1&page=9999");
        assertThat(beyond).contains("aria-disabled=\"true\"").doesNotContain("page=10000");
    }

    @Test
    void actions_of_an_archived_recommendation_leave_the_list() throws Exception {
        jdbc.update("update recommendation set archived = true where id = ?", recommendation);
        assertThat(page("/follow-ups?size=100")).doesNotContain(overdue);
    }

    @Test
    void researchers_see_a_participant_owner_as_their_institution() throws Exception {
        long participant = jdbc.queryForObject("""
                select p.id from participant p join institution i on i.id = p.institution_id order by p.id limit 1""",
                Long.class);
        String name = jdbc.queryForObject("select name_latin from participant where id = ?", String.class, participant);
        jdbc.update("update follow_up_action set owner_participant_id = ? where description_en = ?", participant,
                overdue);
        mvc.perform(get("/follow-ups?overdue=true&size=100").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(overdue), not(containsString(name)))));
        mvc.perform(get("/follow-ups?overdue=true&size=100").with(user("organiser").roles("ORGANISER")))
                .andExpect(content().string(containsString(name)));
    }

    private String action(LocalDate due, String status) {
        String description = RecommendationFixtures.unique("List fixture action ");
        fixtures.followUp(recommendation, description, due, status);
        return description;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
