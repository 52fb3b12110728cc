package org.dialoguetracker.report;

import java.util.List;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.web.Notice;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comments on a draft's sections (threads, resolving, a guest's comment through the public API), the reader's view
 * the guest reviewers' page is built on, and "Regenerate from the records", which shows the difference before it
 * overwrites anything.
 */
@IntegrationTest
class ReportDraftCommentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportDrafts drafts;

    Long meeting;

    @BeforeEach
    void draftedMeeting() throws Exception {
        Long dialogue = jdbc.queryForObject("select id from dialogue where uk_lead_id is not null order by id limit 1",
                Long.class);
        meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status, summary_en, summary_ru)
                values (?, ?, 'Проверка комментариев', 'Bath', date '2021-03-01', date '2021-03-02', 'IN_PERSON',
                        'TRACK_2', 'NONE', 'HELD', 'The round in brief.', 'Кратко о встрече.')
                returning id""", Long.class, dialogue, "Comments " + System.nanoTime());
        Long participant = jdbc.queryForObject("""
                insert into participant (name_latin, side, capacity) values ('Zz Secret Speaker', 'UK', 'EXPERT')
                returning id""", Long.class);
        jdbc.update("insert into attendance (meeting_id, participant_id, status, role) values (?, ?, 'ATTENDED', 'SPEAKER')",
                meeting, participant);
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, 'POSITION', 'UK', 'NONE', ?, 'Deterrence must be predictable.', 'Сдерживание должно быть предсказуемым.')""",
                meeting, participant);
        mvc.perform(post(draft()).param("grouping", "BY_SESSION").with(organiser()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void comments_are_threaded_resolvable_and_taken_from_guests_too() throws Exception {
        Long summary = section("SUMMARY");
        mvc.perform(post(draft() + "/comments").param("section", summary.toString()).param("body", "Too short?")
                .with(organiser()).with(csrf())).andExpect(flash().attribute("message", "draft.comment.added"));
        Long first = jdbc.queryForObject("select max(id) from report_comment where section_id = ?", Long.class, summary);
        // a guest's invitation as the review module keeps it (V21): the comment names it
        Long invitation = jdbc.queryForObject("""
                insert into review_invitation (meeting_id, reviewer_name, email, expires_on, token_hash, created_by)
                values (?, 'Dr Guest Reviewer', 'guest@example.org', current_date + 7,
                        md5(random()::text) || md5(random()::text), 'organiser')
                returning id""", Long.class, meeting);
        Long reply = drafts.comment(meeting, summary, first, CommentAuthor.guest(invitation, "Dr Guest Reviewer"),
                "Add the second day.");
        mvc.perform(post(draft() + "/comments").param("section", summary.toString()).param("body", " ")
                .with(organiser()).with(csrf()))
                .andExpect(flash().attribute("refusals", List.of(Notice.of("draft.refused.field.body"))));

        DraftReaderView view = drafts.readerView(meeting, "ru");
        DraftReaderView.Section shown = view.sections().stream().filter(s -> s.kind() == SectionKind.SUMMARY)
                .findFirst().orElseThrow();
        assertThat(shown.html()).contains("Кратко о встрече.");
        assertThat(shown.comments()).hasSize(1);
        DraftComment thread = shown.comments().get(0);
        assertThat(thread.authorName()).isEqualTo("Demo Organiser");
        assertThat(thread.guest()).isFalse();
        assertThat(thread.replies()).extracting(DraftComment::id, DraftComment::authorName, DraftComment::guest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reply, "Dr Guest Reviewer", true));

        // a reply belongs to a comment of the same section; a section of another draft is unknown
        assertThatThrownBy(() -> drafts.comment(meeting, section("TITLE"), first, CommentAuthor.member("organiser"),
                "Elsewhere")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.comment(meeting, -1L, null, CommentAuthor.member("organiser"), "Nowhere"))
                .isInstanceOf(NotFoundException.class);

        mvc.perform(post(draft() + "/resolution").param("comment", first.toString()).param("resolved", "true")
                .with(organiser()).with(csrf())).andExpect(flash().attribute("message", "draft.comment.resolved"));
        mvc.perform(get(draft()).with(organiser()))
                .andExpect(content().string(containsString("Resolved by organiser")))
                .andExpect(content().string(containsString("guest reviewer")))
                .andExpect(content().string(containsString("Add the second day.")));
        mvc.perform(post(draft() + "/resolution").param("comment", first.toString()).param("resolved", "false")
                .with(organiser()).with(csrf())).andExpect(flash().attribute("message", "draft.comment.reopened"));
        assertThat(jdbc.queryForObject("select resolved_at is null from report_comment where id = ?", Boolean.class,
                first)).isTrue();
    }

    @Test
    void the_readers_view_of_a_none_meeting_names_no_speaker_and_no_side() {
        DraftReaderView view = drafts.readerView(meeting, "en");
        String all = view.sections().stream().map(DraftReaderView.Section::html).reduce("", String::concat);
        assertThat(all).contains("Deterrence must be predictable.").doesNotContain("Zz Secret Speaker")
                .doesNotContain("UK participant");
        assertThat(view.open()).isTrue();
        assertThat(view.title()).isNotBlank();
    }

    @Test
    void regenerating_shows_the_difference_first_and_overwrites_only_on_confirmation() throws Exception {
        Long summary = section("SUMMARY");
        long version = jdbc.queryForObject("select version from report_section where id = ?", Long.class, summary);
        mvc.perform(post(draft() + "/text").param("section", summary.toString()).param("language", "en")
                .param("text", "An edited summary.").param("version", String.valueOf(version))
                .with(organiser()).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(draft() + "/regenerate").param("section", summary.toString())
                        .param("language", "en").with(organiser()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del")))
                .andExpect(content().string(containsString("<ins")))
                .andReturn().getResponse().getContentAsString();
        assertThat(text(summary)).isEqualTo("An edited summary.");
        String hash = page.replaceAll("(?s).*name=\"generatedHash\" value=\"([0-9a-f]{64})\".*", "$1");
        long current = jdbc.queryForObject("select version from report_section where id = ?", Long.class, summary);

        // the records changed since the difference was shown: the confirmation is stale, nothing is overwritten
        jdbc.update("update meeting set summary_en = 'The round in brief, amended.' where id = ?", meeting);
        mvc.perform(post(draft() + "/regenerate").param("section", summary.toString()).param("language", "en")
                .param("version", String.valueOf(current)).param("generatedHash", hash)
                .with(organiser()).with(csrf())).andExpect(status().isConflict());
        assertThat(text(summary)).isEqualTo("An edited summary.");

        jdbc.update("update meeting set summary_en = 'The round in brief.' where id = ?", meeting);
        mvc.perform(post(draft() + "/regenerate").param("section", summary.toString()).param("language", "en")
                .param("version", String.valueOf(current)).param("generatedHash", hash)
                .with(organiser()).with(csrf())).andExpect(flash().attribute("message", "draft.regenerated"));
        assertThat(text(summary)).contains("The round in brief.");
        assertThat(jdbc.queryForObject("""
                select regenerated from report_section_edit where section_id = ? order by id desc limit 1""",
                Boolean.class, summary)).isTrue();
    }

    private String text(Long section) {
        return jdbc.queryForObject("select text_en from report_section where id = ?", String.class, section);
    }

    private Long section(String kind) {
        return jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = ?""", Long.class, meeting, kind);
    }

    private String draft() {
        return "/meetings/" + meeting + "/report/draft";
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
