package org.dialoguetracker.report;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The joint report's whole workflow on a meeting of the demo dialogue (leads: {@code organiser} for the UK,
 * {@code organiser-ru} for Russia): drafting from the records, stale edits and stale sign-offs, who may sign, an
 * edit voiding one language, publishing refused and done, the downloads, and a correction that becomes edition 2.
 */
@IntegrationTest
class ReportDraftFlowTest {

    private static final Pattern HASH = Pattern.compile(
            "id=\"signoff-(en|ru)-(UK|RUSSIA)\".*?name=\"hash\" value=\"([0-9a-f]{64})\"", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long meeting;

    @BeforeEach
    void heldMeeting() {
        Long dialogue = jdbc.queryForObject(
                "select id from dialogue where uk_lead_id is not null and russia_lead_id is not null order by id limit 1",
                Long.class);
        meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status, summary_en, summary_ru)
                values (?, ?, 'Проверка отчёта', 'Reading', date '2020-02-03', date '2020-02-04', 'IN_PERSON',
                        'TRACK_2', 'SIDE', 'HELD', 'What the round discussed.', 'Что обсуждалось.')
                returning id""", Long.class, dialogue, "Report flow " + System.nanoTime());
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, text_en, text_ru)
                values (?, 'PROPOSAL', 'UK', 'SIDE', 'Hotlines should be tested monthly.', 'Проверять линии ежемесячно.')""",
                meeting);
    }

    @Test
    void a_draft_goes_from_the_records_through_sign_off_to_two_editions() throws Exception {
        // researchers have no access to a draft
        mvc.perform(get(draft()).with(researcher())).andExpect(status().isForbidden());

        mvc.perform(post(draft()).param("grouping", "BY_TOPIC").with(organiser()).with(csrf()))
                .andExpect(redirectedUrl(draft()));
        assertThat(meetingStatus()).isEqualTo("REPORT_DRAFTED");
        mvc.perform(get(draft()).with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hotlines should be tested monthly.")))
                .andExpect(content().string(containsString("Проверять линии ежемесячно.")));
        Long summary = section("SUMMARY");

        // an edit over the version opened, then a second editor still holding the old version: the conflict page
        long version = version(summary);
        editSummary("en", "The round discussed risk reduction.", version).andExpect(status().is3xxRedirection());
        editSummary("en", "Someone else's text.", version)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else&#39;s text.")));
        assertThat(text(summary, "en")).isEqualTo("The round discussed risk reduction.");

        // a sign-off over a hash that is not the text's any more: 409, nothing signed
        String staleHash = hashes().get("en-UK");
        editSummary("en", "The round discussed risk reduction and hotlines.", version(summary));
        mvc.perform(sign("en", "UK", staleHash, organiser()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed since you opened it")));
        assertThat(signOffs()).isZero();

        // only a side's lead signs for it
        mvc.perform(sign("en", "UK", hashes().get("en-UK"), organiserRu())).andExpect(status().isForbidden());
        mvc.perform(get(draft()).with(organiserRu()))
                .andExpect(content().string(containsString("Only this side&#39;s lead may sign off for it.")));

        signAll();
        assertThat(standing("en")).isEqualTo(2);
        assertThat(standing("ru")).isEqualTo(2);

        // an edit of the Russian text voids the Russian sign-offs only, and the panel says what changed
        editSummary("ru", "Обсуждалось снижение рисков.", version(summary)).andExpect(status().is3xxRedirection());
        assertThat(standing("en")).isEqualTo(2);
        assertThat(standing("ru")).isZero();
        mvc.perform(get(draft()).with(organiser()))
                .andExpect(content().string(containsString("void since")))
                .andExpect(content().string(containsString("/report/draft/change?edit=")));

        // publishing without every sign-off is refused, naming whose sign-offs are missing
        mvc.perform(post(draft() + "/publish").param("edition", "1").with(organiser()).with(csrf()))
                .andExpect(redirectedUrl(draft()))
                .andExpect(flash().attribute("missingSignOffs", List.of(
                        new PublishingService.MissingSignOffs.Missing("ru", org.dialoguetracker.shared.Side.UK,
                                "Demo Organiser"),
                        new PublishingService.MissingSignOffs.Missing("ru", org.dialoguetracker.shared.Side.RUSSIA,
                                "Демо Организатор"))));
        assertThat(editions()).isZero();

        signAll();
        mvc.perform(post(draft() + "/publish").param("edition", "1").with(organiser()).with(csrf()))
                .andExpect(redirectedUrl(draft()))
                .andExpect(flash().attribute("message", "draft.publish.done"));
        assertThat(editions()).isEqualTo(1);
        assertThat(meetingStatus()).isEqualTo("REPORT_PUBLISHED");

        // a researcher reads the edition and downloads its frozen PDF (bytes as stored) and a DOCX that opens
        mvc.perform(get(editionsPage()).with(researcher()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The round discussed risk reduction and hotlines.")));
        MvcResult pdf = mvc.perform(get(editionsPage() + "/1.pdf").param("lang", "ru").with(researcher()))
                .andExpect(status().isOk()).andReturn();
        String stored = jdbc.queryForObject(
                "select pdf_ru_sha256 from report_edition where meeting_id = ? and number = 1", String.class, meeting);
        assertThat(sha256(pdf.getResponse().getContentAsByteArray())).isEqualTo(stored);
        assertThat(pdf.getResponse().getHeader("ETag")).isEqualTo("\"" + stored + "\"");
        mvc.perform(get(editionsPage() + "/1.pdf").param("lang", "ru").header("If-None-Match", "\"" + stored + "\"")
                .with(researcher())).andExpect(status().isNotModified());
        mvc.perform(get("/meetings/" + meeting + "/report.pdf").param("lang", "ru").with(researcher()))
                .andExpect(header().string("ETag", "\"" + stored + "\""));
        byte[] docx = mvc.perform(get(editionsPage() + "/1.docx").param("lang", "ru").with(researcher()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Обсуждалось снижение рисков.");
        }
        mvc.perform(get(editionsPage() + "/2.pdf").with(researcher())).andExpect(status().isNotFound());
        mvc.perform(get(editionsPage() + "/1.pdf").param("lang", "de").with(researcher()))
                .andExpect(status().isBadRequest());

        // a published draft takes no edits; a correction reopens it from edition 1 and becomes edition 2
        editSummary("en", "Too late.", version(summary)).andExpect(redirectedUrl(draft()))
                .andExpect(flash().attribute("refusals", List.of(
                        org.dialoguetracker.shared.web.Notice.of("draft.refused.published"))));
        mvc.perform(post(draft() + "/correction").param("edition", "1").with(organiser()).with(csrf()))
                .andExpect(flash().attribute("message", "draft.correction.started"));
        assertThat(signOffsOpen()).isZero();
        editSummary("en", "The round discussed risk reduction, hotlines and a new forum.", version(summary));
        signAll();
        mvc.perform(post(draft() + "/publish").param("edition", "2").with(organiser()).with(csrf()))
                .andExpect(flash().attribute("refusals", List.of(
                        org.dialoguetracker.shared.web.Notice.of("draft.publish.refused.changeNote"))));
        mvc.perform(post(draft() + "/publish").param("edition", "2").param("changeNote", "Adds the new forum.")
                .with(organiser()).with(csrf()))
                .andExpect(flash().attribute("message", "draft.publish.done"));
        assertThat(editions()).isEqualTo(2);
        mvc.perform(get(editionsPage()).with(researcher()))
                .andExpect(content().string(containsString("Edition 2")))
                .andExpect(content().string(containsString("Adds the new forum.")))
                .andExpect(content().string(containsString("Difference from edition 1")))
                .andExpect(content().string(containsString("<ins")));
        mvc.perform(get(editionsPage() + "/1").with(researcher()))
                .andExpect(content().string(containsString("The round discussed risk reduction and hotlines.")))
                .andExpect(content().string(not(containsString("Difference from edition"))));
    }

    @Test
    void a_meeting_not_yet_held_gets_no_draft() throws Exception {
        jdbc.update("update meeting set status = 'PLANNED' where id = ?", meeting);
        mvc.perform(post(draft()).param("grouping", "BY_SESSION").with(organiser()).with(csrf()))
                .andExpect(flash().attribute("refusals", List.of(
                        org.dialoguetracker.shared.web.Notice.of("draft.refused.planned"))));
        assertThat(jdbc.queryForObject("select count(*) from report_draft where meeting_id = ?", Integer.class,
                meeting)).isZero();
        mvc.perform(get(editionsPage()).with(researcher())).andExpect(status().isNotFound());
    }

    private void signAll() throws Exception {
        java.util.Map<String, String> hashes = hashes();
        for (String language : List.of("en", "ru")) {
            if (hashes.containsKey(language + "-UK")) {
                mvc.perform(sign(language, "UK", hashes.get(language + "-UK"), organiser()))
                        .andExpect(flash().attribute("message", "draft.signoff.done"));
            }
            if (hashes.containsKey(language + "-RUSSIA")) {
                mvc.perform(sign(language, "RUSSIA", hashes.get(language + "-RUSSIA"), organiserRu()))
                        .andExpect(flash().attribute("message", "draft.signoff.done"));
            }
        }
    }

    /** The hash each unsigned slot's form carries, by "language-SIDE". */
    private java.util.Map<String, String> hashes() throws Exception {
        String page = mvc.perform(get(draft()).with(organiser())).andReturn().getResponse().getContentAsString();
        java.util.Map<String, String> hashes = new java.util.LinkedHashMap<>();
        for (String slot : page.split("id=\"signoff-")) {
            Matcher matcher = HASH.matcher("id=\"signoff-" + slot);
            if (matcher.lookingAt()) {
                hashes.put(matcher.group(1) + "-" + matcher.group(2), matcher.group(3));
            }
        }
        return hashes;
    }

    private org.springframework.test.web.servlet.ResultActions editSummary(String language, String text, long version)
            throws Exception {
        return mvc.perform(post(draft() + "/text").param("section", String.valueOf(section("SUMMARY")))
                .param("language", language).param("text", text).param("version", String.valueOf(version))
                .with(organiser()).with(csrf()));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder sign(String language,
            String side, String hash, RequestPostProcessor who) {
        return post(draft() + "/sign").param("language", language).param("side", side).param("hash", hash)
                .with(who).with(csrf());
    }

    private String draft() {
        return "/meetings/" + meeting + "/report/draft";
    }

    private String editionsPage() {
        return "/meetings/" + meeting + "/report/editions";
    }

    private String meetingStatus() {
        return jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting);
    }

    private Long section(String kind) {
        return jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = ?""", Long.class, meeting, kind);
    }

    private long version(Long section) {
        return jdbc.queryForObject("select version from report_section where id = ?", Long.class, section);
    }

    private String text(Long section, String language) {
        return jdbc.queryForObject("select text_" + language + " from report_section where id = ?", String.class,
                section);
    }

    private int signOffs() {
        return jdbc.queryForObject("""
                select count(*) from report_signoff s join report_draft d on d.id = s.draft_id where d.meeting_id = ?""",
                Integer.class, meeting);
    }

    private int signOffsOpen() {
        return jdbc.queryForObject("""
                select count(*) from report_signoff s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.published_in is null""", Integer.class, meeting);
    }

    private int standing(String language) {
        return jdbc.queryForObject("""
                select count(*) from report_signoff s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.language = ? and s.voided_at is null and s.published_in is null""",
                Integer.class, meeting, language);
    }

    private int editions() {
        return jdbc.queryForObject("select count(*) from report_edition where meeting_id = ?", Integer.class, meeting);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }

    private static RequestPostProcessor organiserRu() {
        return user("organiser-ru").roles("ORGANISER");
    }

    private static RequestPostProcessor researcher() {
        return user("researcher").roles("RESEARCHER");
    }
}
