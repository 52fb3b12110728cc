package org.dialoguetracker.briefing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialoguetracker.analysis.AnalysisFixtures;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The briefing before a round (issue 16) on fixtures of three earlier rounds: what changed since the previous round
 * and only that, what is still open, each topic's latest positions within the reader's attribution view, in both
 * languages, and as PDF.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingPageTest {

    static final RequestPostProcessor RESEARCHER = user("researcher").roles("RESEARCHER");

    static final RequestPostProcessor ORGANISER = user("organiser").roles("ORGANISER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    BriefingTestData data;

    @BeforeAll
    void threeRounds() {
        data = new BriefingTestData(new AnalysisFixtures(jdbc, "briefingpage"));
    }

    @AfterAll
    void removeThem() {
        data.fixtures.removeAll();
    }

    @Test
    void a_status_change_between_the_rounds_appears_with_its_notes_and_an_earlier_one_does_not() throws Exception {
        String page = page(data.next, RESEARCHER, "en");
        String changes = section(page, "status-changes");
        assertThat(changes).contains("Work began in both ministries.").contains("10 Jan 2013")
                .contains("recorded on 20 Jan 2014").contains("data-recommendation=\"" + data.inProgress + "\"");
        // the adoption of May 2011 took effect before the previous round began
        assertThat(changes.split("class=\"status-change\"", -1)).hasSize(2);
        assertThat(changes).doesNotContain("1 May 2011");
        // in Russian, the Russian note
        assertThat(section(page(data.next, RESEARCHER, "ru"), "status-changes"))
                .contains("Работа началась в обоих министерствах.");
    }

    @Test
    void follow_ups_done_in_the_period_and_those_now_overdue() throws Exception {
        String page = page(data.next, RESEARCHER, "en");
        assertThat(section(page, "follow-ups-done")).contains("Done between the rounds")
                .doesNotContain("Done before the previous round");
        assertThat(section(page, "follow-ups-overdue")).contains("Overdue since the previous round");
    }

    @Test
    void the_recommendations_of_earlier_rounds_still_open_and_only_those() throws Exception {
        String open = section(page(data.next, RESEARCHER, "en"), "still-open");
        assertThat(open).contains(recommendation(data.inProgress)).contains(recommendation(data.stalled))
                .doesNotContain(recommendation(data.implemented)).doesNotContain(recommendation(data.rejected))
                .doesNotContain(recommendation(data.ofTheNextRound));
    }

    /**
     * Which recommendations are still open and which follow-ups were done are kept by data version: a change to them
     * shows on the next view, not one kept from before it.
     */
    @Test
    void a_change_to_a_listed_recommendation_or_follow_up_shows_on_the_next_view() throws Exception {
        assertThat(section(page(data.next, ORGANISER, "en"), "still-open")).contains(recommendation(data.stalled));
        assertThat(section(page(data.next, ORGANISER, "en"), "follow-ups-done")).contains("Done between the rounds");
        jdbc.update("update recommendation set status = 'IMPLEMENTED' where id = ?", data.stalled);
        String done = "Done between the rounds " + data.fixtures.tag;
        jdbc.update("update follow_up_action set status = 'OPEN', completed_on = null where description_en = ?", done);
        try {
            String page = page(data.next, ORGANISER, "en");
            assertThat(section(page, "still-open")).doesNotContain(recommendation(data.stalled))
                    .contains(recommendation(data.inProgress));
            assertThat(section(page, "follow-ups-done")).doesNotContain("Done between the rounds");
        } finally {
            jdbc.update("update recommendation set status = 'STALLED' where id = ?", data.stalled);
            jdbc.update("update follow_up_action set status = 'DONE', completed_on = ? where description_en = ?",
                    java.sql.Date.valueOf("2013-02-01"), done);
        }
        assertThat(section(page(data.next, ORGANISER, "en"), "still-open")).contains(recommendation(data.stalled));
        assertThat(section(page(data.next, ORGANISER, "en"), "follow-ups-done")).contains("Done between the rounds");
    }

    @Test
    void the_latest_positions_keep_a_none_statement_out_of_a_researchers_columns_and_count_it() throws Exception {
        String researchers = section(page(data.next, RESEARCHER, "en"), "positions");
        assertThat(researchers).contains(data.russianSide).doesNotContain(data.withheld).doesNotContain(data.older)
                .contains("1 statement under the no-attribution rule");
        int russia = researchers.indexOf("class=\"side-russia\"");
        assertThat(researchers.indexOf(data.russianSide)).isGreaterThan(russia);

        String organisers = section(page(data.next, ORGANISER, "en"), "positions");
        assertThat(organisers).contains(data.withheld).contains(data.russianSide)
                .doesNotContain("under the no-attribution rule");
        assertThat(organisers.indexOf(data.withheld)).isBetween(organisers.indexOf("class=\"side-uk\""),
                organisers.indexOf("class=\"side-russia\""));
    }

    @Test
    void the_first_round_says_so_and_lists_what_is_open() throws Exception {
        String page = page(data.first, RESEARCHER, "en");
        assertThat(page).contains("This is the first round of its dialogue").doesNotContain("id=\"status-changes\"");
        assertThat(page(data.first, RESEARCHER, "ru")).contains("Это первый раунд диалога");
    }

    @Test
    void in_russian_with_the_fallback_marker_and_as_pdf_with_the_russian_heading() throws Exception {
        String russian = page(data.next, RESEARCHER, "ru");
        assertThat(russian).contains("Справка перед раундом").contains("Изменения статусов с предыдущего раунда");
        // the Russian side's proposal has no Russian text: the English one stands in, marked
        String positions = section(russian, "positions");
        assertThat(positions).contains(data.russianSide).contains("lang-fallback");

        byte[] pdf = mvc.perform(get("/meetings/{id}/briefing.pdf", data.next).param("lang", "ru").with(RESEARCHER))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Справка перед раундом").contains("Работа началась в обоих министерствах.")
                    .doesNotContain(data.withheld);
        }
    }

    @Test
    void an_unknown_meeting_is_the_404_page_and_every_role_may_read_it() throws Exception {
        mvc.perform(get("/meetings/{id}/briefing", Long.MAX_VALUE).with(RESEARCHER)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/briefing.pdf", Long.MAX_VALUE).with(RESEARCHER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/briefing.pdf", data.next).param("lang", "fr").with(RESEARCHER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/meetings/{id}/briefing", data.next)).andExpect(status().is3xxRedirection());
        for (RequestPostProcessor who : new RequestPostProcessor[] { RESEARCHER, ORGANISER,
                user("admin").roles("ADMIN") }) {
            mvc.perform(get("/meetings/{id}/briefing", data.next).with(who)).andExpect(status().isOk());
        }
        mvc.perform(get("/meetings/{id}", data.next).with(RESEARCHER))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/meetings/" + data.next + "/briefing")));
    }

    private String page(long meeting, RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(get("/meetings/{id}/briefing", meeting).param("lang", lang).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String recommendation(long id) {
        return "data-recommendation=\"" + id + "\"";
    }

    /** One section of the briefing, by its id. */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s", id).isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
