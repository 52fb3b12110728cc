package org.dialoguetracker.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
 * The Chatham House Rule withholds affiliations too: under NONE and SIDE the report (PDF and printable page) and the
 * meeting page researchers read name the participating institutions only when the organiser recorded that the
 * participants agreed; under NAMED they, and the names, are listed. Two attendees from two institutions: naming the
 * institutions would tell who said what.
 */
@IntegrationTest
class ReportConsentTest {

    static final String INSTITUTE_EN = "Zz Consent Institute of Strategic Studies";

    static final String INSTITUTE_RU = "Институт согласия стратегических исследований";

    static final String ACADEMY_EN = "Zz Consent Academy";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long institute;

    long academy;

    @BeforeEach
    void institutions() {
        institute = jdbc.queryForObject("""
                insert into institution (name_en, name_ru, country, kind) values (?, ?, 'GB', 'THINK_TANK')
                returning id""", Long.class, INSTITUTE_EN, INSTITUTE_RU);
        academy = jdbc.queryForObject("""
                insert into institution (name_en, country, kind) values (?, 'RU', 'ACADEMIA') returning id""",
                Long.class, ACADEMY_EN);
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from meeting where title_en like 'Consent test%'");
        jdbc.update("delete from participant where name_latin like 'Zz Consent%'");
        jdbc.update("delete from institution where id in (?, ?)", institute, academy);
    }

    @ParameterizedTest(name = "{0}, consent {1}")
    @CsvSource({ "NONE, false", "NONE, true", "SIDE, false", "SIDE, true", "NAMED, false" })
    void the_report_lists_institutions_only_on_the_record_or_with_consent(String rule, boolean consent)
            throws Exception {
        long meeting = meeting(rule, consent);
        boolean listed = consent || rule.equals("NAMED");
        for (String lang : new String[] { "en", "ru" }) {
            String pdf = pdfText("/meetings/" + meeting + "/report.pdf?lang=" + lang);
            String html = mvc.perform(get("/meetings/" + meeting + "/report").param("lang", lang).with(researcher()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String institute = lang.equals("ru") ? INSTITUTE_RU : INSTITUTE_EN;
            for (String text : new String[] { normalise(pdf), html }) {
                if (listed) {
                    assertThat(text).as(rule + " " + lang).contains(institute).contains(ACADEMY_EN);
                }
                else {
                    assertThat(text).as(rule + " " + lang).doesNotContain("Consent Institute")
                            .doesNotContain("Институт согласия").doesNotContain(ACADEMY_EN)
                            .doesNotContain("Participants came from").doesNotContain("Участники представляли");
                }
                if (rule.equals("NAMED")) {
                    assertThat(text).contains("Zz Consent Speaker");
                }
                else {
                    assertThat(text).doesNotContain("Zz Consent Speaker").doesNotContain("Zz Consent Listener");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, consent {1}")
    @CsvSource({ "NONE, false", "NONE, true", "SIDE, false", "SIDE, true", "NAMED, false" })
    void the_meeting_page_shows_researchers_the_institutions_by_the_same_rule(String rule, boolean consent)
            throws Exception {
        long meeting = meeting(rule, consent);
        boolean listed = consent || rule.equals("NAMED");
        String page = mvc.perform(get("/meetings/" + meeting).param("lang", "en").with(researcher()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        if (listed) {
            assertThat(page).contains(INSTITUTE_EN).contains(ACADEMY_EN);
        }
        else {
            assertThat(page).doesNotContain(INSTITUTE_EN).doesNotContain(ACADEMY_EN);
        }
        // organisers always see who came from where
        mvc.perform(get("/meetings/" + meeting).with(user("organiser").roles("ORGANISER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(ACADEMY_EN)));
    }

    /** A published meeting under {@code rule}, two attendees from two institutions, one statement each. */
    private long meeting(String rule, boolean consent) {
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format,
                                     track_level, attribution_rule, status, institutions_consented)
                values (?, ?, 'Проверка согласия', 'Tallinn', date '2020-03-01', date '2020-03-02', 'IN_PERSON',
                        'TRACK_2', ?, 'REPORT_PUBLISHED', ?) returning id""", Long.class, dialogue,
                "Consent test " + rule + " " + consent, rule, consent);
        attendee(meeting, "Zz Consent Speaker", "UK", institute, rule);
        attendee(meeting, "Zz Consent Listener", "RUSSIA", academy, rule);
        return meeting;
    }

    private void attendee(long meeting, String name, String side, long institution, String rule) {
        long participant = jdbc.queryForObject("""
                insert into participant (name_latin, side, capacity, institution_id) values (?, ?, 'EXPERT', ?)
                returning id""", Long.class, name, side, institution);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', "
                + "'SPEAKER')", meeting, participant);
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, 'POSITION', ?, ?, ?, 'Risk reduction needs rules.', 'Снижению рисков нужны правила.')""",
                meeting, side, rule, rule.equals("NAMED") ? participant : null);
    }

    private String pdfText(String url) throws Exception {
        byte[] pdf = mvc.perform(get(url).with(researcher())).andExpect(status().isOk())
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
