package org.dialoguetracker.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The conference report as PDF: Russian that reads as Russian, and nothing the meeting's rule withholds. */
@IntegrationTest
class MeetingReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_russian_report_holds_the_russian_title_and_a_russian_recommendation() throws Exception {
        Long london = jdbc.queryForObject("select id from meeting where city_en = 'London'", Long.class);
        String text = pdfText("/meetings/" + london + "/report.pdf?lang=ru", researcher());
        String titleRu = jdbc.queryForObject("select title_ru from meeting where id = ?", String.class, london);
        String recommendationRu = jdbc.queryForObject("""
                select r.title_ru from recommendation r join recommendation_meeting m on m.recommendation_id = r.id
                 where m.meeting_id = ? order by r.reference limit 1""", String.class, london);
        assertThat(normalise(text)).contains(normalise(titleRu)).contains(normalise(recommendationRu))
                .contains("Ключевые тезисы дискуссии").contains("Британский участник");
        // London's report is its published edition 1 (the demo's), printed when it was published
        assertThat(text).doesNotContain("??");
    }

    @Test
    void a_report_of_a_meeting_under_rule_NONE_names_nobody_and_no_side() throws Exception {
        Long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        Long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, 'Report test: closed round', 'Закрытый раунд', 'Oslo', date '2020-01-10', date '2020-01-10',
                        'IN_PERSON', 'TRACK_2', 'NONE', 'REPORT_PUBLISHED') returning id""", Long.class, dialogue);
        Long participant = jdbc.queryForObject("""
                insert into participant (name_latin, name_cyrillic, side, capacity)
                values ('Hermione Reportfixture', 'Гермиона Отчётова', 'UK', 'EXPERT') returning id""", Long.class);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                meeting, participant);
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, 'POSITION', 'UK', 'NONE', ?, 'Confidence building needs rules.', 'Для доверия нужны правила.')""",
                meeting, participant);
        for (String lang : new String[] { "en", "ru" }) {
            String text = pdfText("/meetings/" + meeting + "/report.pdf?lang=" + lang, user("organiser").roles("ORGANISER"));
            assertThat(text).doesNotContain("Hermione").doesNotContain("Reportfixture").doesNotContain("Гермиона")
                    .doesNotContain("A UK participant").doesNotContain("Британский участник");
        }
        assertThat(pdfText("/meetings/" + meeting + "/report.pdf?lang=en", researcher()))
                .contains("Confidence building needs rules.");
    }

    @Test
    void researchers_get_reports_of_published_meetings_only() throws Exception {
        Long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        Long draft = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                values (?, 'Report test: draft', date '2021-01-10', date '2021-01-10', 'ONLINE', 'TRACK_2', 'SIDE', 'HELD')
                returning id""", Long.class, dialogue);
        mvc.perform(get("/meetings/" + draft + "/report.pdf").with(researcher())).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + draft).with(researcher()))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("report.pdf"))));
        mvc.perform(get("/meetings/" + draft).with(user("organiser").roles("ORGANISER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("report.pdf?lang=ru")));
        mvc.perform(get("/meetings/" + draft + "/report.pdf").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk());
        mvc.perform(get("/meetings/" + draft + "/report.pdf?lang=de").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/meetings/987654/report.pdf").with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_printable_page_is_the_same_report_in_html() throws Exception {
        Long moscow = jdbc.queryForObject("select id from meeting where city_en = 'Moscow'", Long.class);
        mvc.perform(get("/meetings/" + moscow + "/report?lang=ru").with(researcher()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Рекомендации")));
    }

    private String pdfText(String url, RequestPostProcessor who) throws Exception {
        byte[] pdf = mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
