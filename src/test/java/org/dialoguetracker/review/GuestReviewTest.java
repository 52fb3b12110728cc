package org.dialoguetracker.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A guest reviewer's link, end to end on a meeting held under the Chatham House Rule (NONE): the draft as researchers
 * would read it, with no attendee's name and no side or institution of what was said, in the language of the link;
 * the guest's comment and reply, in the organisers' draft workspace under the section with the guest's name; each
 * visit and comment in the audit trail under the guest's name; and the token in neither the trail nor the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GuestReviewTest {

    private static final Pattern CREATED_COMMENT = Pattern.compile("/review/[A-Za-z0-9_-]{43}\\?lang=(en|ru)&sent=1#comment-(\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String suffix;

    long dialogue;

    long meeting;

    long institution;

    long speaker;

    long invitation;

    String token;

    String guestName;

    @BeforeEach
    void aMeetingUnderTheChathamHouseRuleWithADraftAndAGuest() throws Exception {
        suffix = Long.toString(System.nanoTime(), 36);
        dialogue = id("insert into dialogue (name_en, track_level) values (?, 'TRACK_2') returning id",
                "Zz guest review dialogue " + suffix);
        meeting = id("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, ?, 'Nowhere', date '2026-03-02', date '2026-03-03', 'IN_PERSON', 'TRACK_2', 'NONE', 'HELD')
                returning id""", dialogue, "Zz Closed Round " + suffix, "Закрытый раунд " + suffix);
        institution = id("""
                insert into institution (name_en, name_ru, country, kind) values (?, ?, 'GB', 'THINK_TANK') returning id""",
                "Zz Hidden Institute " + suffix, "Скрытый институт " + suffix);
        speaker = id("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity)
                values (?, ?, ?, 'UK', 'EXPERT') returning id""", "Zz Secret Speaker " + suffix,
                "Тайный Докладчик " + suffix, institution);
        long russian = id("""
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity)
                values (?, ?, ?, 'RUSSIA', 'OFFICIAL') returning id""", "Zz Quiet Official " + suffix,
                "Тихий Чиновник " + suffix, institution);
        for (long person : List.of(speaker, russian)) {
            jdbc.update("""
                    insert into attendance (meeting_id, participant_id, status, role)
                    values (?, ?, 'ATTENDED', 'SPEAKER')""", meeting, person);
        }
        long item = id("""
                insert into agenda_item (meeting_id, position, title_en, title_ru) values (?, 0, 'Risk reduction',
                'Снижение рисков') returning id""", meeting);
        jdbc.update("""
                insert into statement (meeting_id, agenda_item_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, ?, 'POSITION', 'UK', 'NONE', ?, ?, ?)""", meeting, item, speaker,
                "Zz point about hotlines " + suffix, "Zz тезис о горячих линиях " + suffix);
        jdbc.update("""
                insert into statement (meeting_id, agenda_item_id, kind, side, attribution, speaker_id, text_en, text_ru)
                values (?, ?, 'DISAGREEMENT', 'RUSSIA', 'NONE', ?, ?, ?)""", meeting, item, russian,
                "Zz point about values " + suffix, "Zz тезис о ценностях " + suffix);

        // the organiser starts the draft, and invites a guest through the reviewers' page
        MockHttpServletResponse started = mvc.perform(post("/meetings/{id}/report/draft", meeting).with(organiser())
                .with(csrf()).param("grouping", "BY_SESSION")).andReturn().getResponse();
        assertThat(started.getStatus()).as("the draft started").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from report_draft where meeting_id = ?", Integer.class,
                meeting)).isOne();
        guestName = "Zz Guest Reviewer " + suffix;
        MockHttpServletResponse invited = mvc.perform(post("/meetings/{id}/report/reviewers", meeting)
                .with(organiser()).with(csrf()).param("name", guestName).param("email", "guest@example.org")
                .param("expiresOn", java.time.LocalDate.now().plusDays(7).toString())).andReturn().getResponse();
        Matcher link = ReviewInvitationsTest.SHOWN_LINK.matcher(invited.getContentAsString());
        assertThat(link.find()).isTrue();
        token = link.group(1);
        invitation = jdbc.queryForObject("select id from review_invitation where meeting_id = ?", Long.class, meeting);
    }

    @AfterEach
    void removeTheMeeting() {
        jdbc.update("""
                delete from report_comment where section_id in (select s.id from report_section s
                  join report_draft d on d.id = s.draft_id where d.meeting_id = ?)""", meeting);
        jdbc.update("delete from review_invitation where meeting_id = ?", meeting);
        jdbc.update("""
                delete from report_section_edit where section_id in (select s.id from report_section s
                  join report_draft d on d.id = s.draft_id where d.meeting_id = ?)""", meeting);
        jdbc.update("""
                delete from report_section where draft_id in (select id from report_draft where meeting_id = ?)""",
                meeting);
        jdbc.update("delete from report_draft where meeting_id = ?", meeting);
        jdbc.update("delete from attendance where meeting_id = ?", meeting);
        jdbc.update("delete from meeting where id = ?", meeting);
        jdbc.update("delete from participant where institution_id = ?", institution);
        jdbc.update("delete from institution where id = ?", institution);
        jdbc.update("delete from dialogue where id = ?", dialogue);
    }

    @Test
    void a_NONE_meetings_guest_page_names_nobody_and_no_side_or_institution_in_either_language() throws Exception {
        String english = page("en");
        assertThat(english).contains("Zz point about hotlines " + suffix, "Zz point about values " + suffix,
                "You are reading this draft as " + guestName);
        String russian = page("ru");
        assertThat(russian).contains("Zz тезис о горячих линиях " + suffix, "Вы читаете этот проект как " + guestName);
        for (String page : List.of(english, russian)) {
            assertThat(page).doesNotContain("Zz Secret Speaker", "Тайный Докладчик", "Zz Quiet Official",
                    "Тихий Чиновник", "Zz Hidden Institute", "Скрытый институт", "A UK participant",
                    "The Russian side", "UK participant", "Russian side", "guest@example.org");
        }
        // the organisers' own workspace, by contrast, is theirs to see everything in; the guest's is not a way in
        assertThat(russian).doesNotContain("/meetings/" + meeting, "/logout", "/admin");
        // the interface follows ?lang= and every link and form keeps it
        assertThat(russian).contains("lang=\"ru\"", "/review/" + token + "?lang=en", "/review/" + token
                + "/comments?lang=ru", "Добавить комментарий");
        assertThat(english).contains("/review/" + token + "/comments?lang=en", "Add comment");
    }

    @Test
    void a_guests_comment_and_reply_reach_the_organisers_workspace_under_their_section(CapturedOutput output)
            throws Exception {
        page("en");
        long section = jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = 'SUMMARY'""", Long.class, meeting);

        String body = "Zz the summary should mention the hotline " + suffix;
        MockHttpServletResponse sent = mvc.perform(post("/review/{token}/comments", token).with(csrf())
                .param("lang", "ru").param("sectionId", String.valueOf(section)).param("body", body)).andReturn()
                .getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        Matcher created = CREATED_COMMENT.matcher(sent.getRedirectedUrl());
        assertThat(created.find()).as(sent.getRedirectedUrl()).isTrue();
        assertThat(created.group(1)).as("the language kept").isEqualTo("ru");
        long comment = Long.parseLong(created.group(2));
        assertThat(jdbc.queryForMap("""
                select section_id, author_username, guest_invitation_id, author_name, body from report_comment
                 where id = ?""", comment)).containsEntry("section_id", section).containsEntry("author_username", null)
                .containsEntry("guest_invitation_id", invitation).containsEntry("author_name", guestName)
                .containsEntry("body", body);
        String after = mvc.perform(get(sent.getRedirectedUrl())).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Ваш комментарий добавлен.", "id=\"comment-" + comment + "\"", body);

        String reply = "Zz and a reply to myself " + suffix;
        assertThat(mvc.perform(post("/review/{token}/comments", token).with(csrf()).param("sectionId",
                String.valueOf(section)).param("parentId", String.valueOf(comment)).param("body", reply)).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from report_comment where parent_id = ? and body = ?",
                Integer.class, comment, reply)).isOne();

        // in the organiser's draft workspace: in the card of that section, with the guest's name and the badge
        String workspace = HtmlUtils.htmlUnescape(mvc.perform(get("/meetings/{id}/report/draft", meeting)
                .with(organiser())).andReturn().getResponse().getContentAsString());
        int card = workspace.indexOf("id=\"section-" + section + "\"");
        int nextCard = workspace.indexOf("<section", card + 1);
        int shown = workspace.indexOf("id=\"comment-" + comment + "\"");
        assertThat(card).isPositive();
        assertThat(shown).as("the comment inside the section's card").isBetween(card, nextCard);
        assertThat(workspace.substring(shown, nextCard)).contains(guestName, "guest reviewer", body, reply);

        // the trail: two visits (the page, and the one after the comment) and two comments, under the guest's name
        String who = "guest: " + guestName + " (invitation #" + invitation + ")";
        assertThat(jdbc.queryForList("select kind from audit_event where username = ? order by id", String.class,
                who)).containsExactly("REVIEW_VISIT", "REVIEW_COMMENT", "REVIEW_VISIT", "REVIEW_COMMENT");
        assertThat(jdbc.queryForObject("select last_used_at is not null from review_invitation where id = ?",
                Boolean.class, invitation)).isTrue();
        // and the token nowhere: not in the trail, not in the log
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where coalesce(summary, '') like ? or coalesce(username, '') like ?""",
                Integer.class, "%" + token + "%", "%" + token + "%")).isZero();
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void a_comment_refused_says_why_keeps_what_was_typed_and_saves_nothing() throws Exception {
        long section = jdbc.queryForObject("""
                select s.id from report_section s join report_draft d on d.id = s.draft_id
                 where d.meeting_id = ? and s.kind = 'KEY_POINTS'""", Long.class, meeting);
        int before = jdbc.queryForObject("select count(*) from report_comment", Integer.class);

        MockHttpServletResponse blank = mvc.perform(post("/review/{token}/comments", token).with(csrf())
                .param("sectionId", String.valueOf(section)).param("body", "  ")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(blank.getContentAsString())).contains("Your comment was not added:",
                "Write your comment first.");

        String tooLong = "Zz " + "x".repeat(GuestReviews.MAX_COMMENT);
        MockHttpServletResponse longOne = mvc.perform(post("/review/{token}/comments", token).with(csrf())
                .param("lang", "ru").param("sectionId", String.valueOf(section)).param("body", tooLong)).andReturn()
                .getResponse();
        assertThat(longOne.getContentAsString()).contains("Не более 10000 символов.", tooLong);

        // a reply to a comment that is not this section's is not found
        assertThat(mvc.perform(post("/review/{token}/comments", token).with(csrf()).param("sectionId",
                String.valueOf(section)).param("parentId", "999999999").param("body", "Zz stray")).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        // a published draft takes no comments: the page says so, without forms
        jdbc.update("update report_draft set state = 'PUBLISHED' where meeting_id = ?", meeting);
        String closed = page("en");
        assertThat(closed).contains("the draft no longer takes comments").doesNotContain("comment-form");
        MockHttpServletResponse late = mvc.perform(post("/review/{token}/comments", token).with(csrf())
                .param("sectionId", String.valueOf(section)).param("body", "Zz too late")).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(late.getContentAsString())).contains("Your comment was not added:");
        assertThat(jdbc.queryForObject("select count(*) from report_comment", Integer.class)).isEqualTo(before);
    }

    private String page(String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/review/{token}", token).param("lang", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private long id(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
