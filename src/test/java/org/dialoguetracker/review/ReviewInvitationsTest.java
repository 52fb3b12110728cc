package org.dialoguetracker.review;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An organiser's guest reviewers, from the invitation form to the refusals a link gets: the link is shown once and
 * only its hash is kept; bad input is refused with a message next to its field and saves nothing; an unknown or
 * tampered token gets the 404 page, an expired or revoked one the 410 page (never the login form), and an address
 * that keeps guessing the 429 page, with the audit trail growing by no more than the throttle's limit and never
 * holding a token.
 */
@IntegrationTest
class ReviewInvitationsTest {

    static final Pattern SHOWN_LINK = Pattern.compile(
            "id=\"new-link-value\"[^>]*value=\"https?://[^\"/]+/review/([A-Za-z0-9_-]{43})\"");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long meeting;

    String prefix;

    @BeforeEach
    void setUp() {
        // a meeting of its own, with no published draft: a published one takes no new reviewer (the demo's have one)
        meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule,
                                     status)
                select min(id), 'Invitations test meeting', date '2026-01-05', date '2026-01-06', 'ONLINE', 'TRACK_2',
                       'SIDE', 'HELD' from dialogue returning id""", Long.class);
        prefix = "Zz Invitations Test " + System.nanoTime() + " ";
    }

    @AfterEach
    void tearDown() {
        jdbc.update("delete from review_invitation where reviewer_name like ?", prefix + "%");
        jdbc.update("delete from review_invitation where meeting_id = ?", meeting);
        jdbc.update("delete from meeting where id = ?", meeting);
    }

    @Test
    void an_organiser_invites_a_reviewer_and_sees_the_link_once_while_only_its_hash_is_kept() throws Exception {
        String name = prefix + "Anna";
        String page = invite(name, "anna@example.org", LocalDate.now().plusDays(10)).getContentAsString();
        Matcher shown = SHOWN_LINK.matcher(page);
        assertThat(shown.find()).as("the new link on the page that answers the invitation").isTrue();
        String token = shown.group(1);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("The review link for " + name, "shown only this once");

        // kept: the hash, not the token
        String hash = jdbc.queryForObject("select token_hash from review_invitation where reviewer_name = ?",
                String.class, name);
        assertThat(hash).isEqualTo(ReviewInvitations.hash(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject("""
                select count(*) from review_invitation where reviewer_name = ?
                  and (review_invitation::text like '%' || ? || '%')""", Integer.class, name, token)).isZero();

        // listed as active, and the link is never shown again
        String list = mvc.perform(get("/meetings/{id}/report/reviewers", meeting).with(organiser())).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains(HtmlUtils.htmlEscape(name), "anna@example.org").doesNotContain(token)
                .doesNotContain("new-link-value");
        assertThat(HtmlUtils.htmlUnescape(list)).containsPattern("(?s)" + Pattern.quote(name) + ".*?active");

        // in the audit trail, without the token
        assertThat(jdbc.queryForList("""
                select summary from audit_event where kind = 'REVIEW_INVITE' and username = 'organiser'
                 order by id desc limit 1""", String.class)).singleElement().asString().contains(name)
                .doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where summary like ? or username like ?",
                Integer.class, "%" + token + "%", "%" + token + "%")).isZero();
    }

    @Test
    void a_draft_already_published_takes_no_new_reviewer_and_the_page_says_why() throws Exception {
        long published = jdbc.queryForObject("select min(meeting_id) from report_draft where state = 'PUBLISHED'",
                Long.class);
        int before = invitations();
        MockHttpServletResponse refused = mvc.perform(post("/meetings/{id}/report/reviewers", published)
                .with(organiser()).with(csrf()).param("name", prefix + "Dora").param("email", "dora@example.org")
                .param("expiresOn", LocalDate.now().plusDays(5).toString())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString())).contains("The draft is published")
                .contains("alert-danger").doesNotContain("new-link-value");
        assertThat(invitations()).isEqualTo(before);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/meetings/{id}/report/reviewers", published)
                .with(organiser()).param("lang", "ru")).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("draft-published", "Проект опубликован");
    }

    @Test
    void bad_input_is_refused_next_to_its_field_and_saves_nothing() throws Exception {
        int before = invitations();
        assertRefused(invite(" ", "anna@example.org", LocalDate.now().plusDays(3)), "name",
                "Enter the reviewer's name.");
        assertRefused(invite(prefix + "Bob", "not an address", LocalDate.now().plusDays(3)), "email",
                "This is not an e-mail address");
        assertRefused(invite(prefix + "Bob", "bob@localhost", LocalDate.now().plusDays(3)), "email",
                "This is not an e-mail address");
        assertRefused(invite(prefix + "Bob", "bob@example.org", LocalDate.now().minusDays(1)), "expiresOn",
                "This day has passed");
        assertRefused(invite(prefix + "Bob", "bob@example.org", LocalDate.now().plusDays(91)), "expiresOn",
                "Too far ahead: a link may work for at most 90 days from today.");
        assertRefused(invite(prefix + "Bob", "bob@example.org", null), "expiresOn",
                "Choose the last day the link works.");
        MockHttpServletResponse russian = mvc.perform(post("/meetings/{id}/report/reviewers", meeting)
                .with(organiser()).with(csrf()).param("lang", "ru").param("name", prefix + "Bob").param("email", "bob@example.org")
                .param("expiresOn", LocalDate.now().plusDays(200).toString())).andReturn().getResponse();
        assertThat(russian.getContentAsString()).contains("Слишком далеко: ссылка может действовать не более 90 дней");
        assertThat(invitations()).isEqualTo(before);
        // the last day allowed is taken
        assertThat(SHOWN_LINK.matcher(invite(prefix + "Bob", "bob@example.org", LocalDate.now().plusDays(90))
                .getContentAsString()).find()).isTrue();
    }

    @Test
    void unknown_and_tampered_tokens_get_the_404_page_and_expired_or_revoked_ones_the_410_page() throws Exception {
        String token = tokenOf(invite(prefix + "Carol", "carol@example.org", LocalDate.now().plusDays(5)));
        long id = jdbc.queryForObject("select id from review_invitation where reviewer_name = ?", Long.class,
                prefix + "Carol");
        RequestPostProcessor from = newAddress();

        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String unknown : List.of(tampered, "nothing", token + "x", token.substring(1))) {
            MockHttpServletResponse response = mvc.perform(get("/review/{token}", unknown).with(from)).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(unknown).isEqualTo(404);
            assertThat(HtmlUtils.htmlUnescape(response.getContentAsString()))
                    .contains("This review link does not exist").doesNotContain("password");
        }

        jdbc.update("update review_invitation set expires_on = current_date - 1 where id = ?", id);
        MockHttpServletResponse expired = mvc.perform(get("/review/{token}", token).with(from)).andReturn()
                .getResponse();
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("This review link has expired",
                "Ask the organiser for a new link");
        assertThat(expired.getRedirectedUrl()).isNull();
        MockHttpServletResponse expiredRu = mvc.perform(get("/review/{token}", token).param("lang", "ru").with(from))
                .andReturn().getResponse();
        assertThat(expiredRu.getStatus()).isEqualTo(410);
        assertThat(expiredRu.getContentAsString()).contains("Срок действия ссылки истёк");

        jdbc.update("update review_invitation set expires_on = current_date + 1 where id = ?", id);
        mvc.perform(post("/meetings/{id}/report/reviewers/{invitation}/revoke", meeting, id).with(organiser())
                .with(csrf())).andReturn();
        assertThat(jdbc.queryForObject("select revoked_by from review_invitation where id = ?", String.class, id))
                .isEqualTo("organiser");
        for (MockHttpServletRequestBuilder request : List.of(get("/review/{token}", token),
                post("/review/{token}/comments", token).with(csrf()).param("body", "late"))) {
            MockHttpServletResponse revoked = mvc.perform(request.with(from)).andReturn().getResponse();
            assertThat(revoked.getStatus()).isEqualTo(410);
            assertThat(revoked.getContentAsString()).contains("This review link was revoked");
        }
        assertThat(mvc.perform(get("/meetings/{id}/report/reviewers", meeting).with(organiser())).andReturn()
                .getResponse().getContentAsString()).containsPattern("(?s)invitation-" + id + "\".*?revoked");

        // a revocation of another meeting's invitation is not found, and changes nothing
        long other = jdbc.queryForObject("select max(id) from meeting where id <> ?", Long.class, meeting);
        jdbc.update("update review_invitation set revoked_at = null, revoked_by = null where id = ?", id);
        assertThat(mvc.perform(post("/meetings/{id}/report/reviewers/{invitation}/revoke", other, id)
                .with(organiser()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select revoked_at is null from review_invitation where id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void an_address_that_keeps_guessing_is_throttled_with_the_trail_bounded_and_no_token_in_it() throws Exception {
        String token = tokenOf(invite(prefix + "Dan", "dan@example.org", LocalDate.now().plusDays(5)));
        RequestPostProcessor guesser = newAddress();
        String address = lastAddress();
        int refusedBefore = refusedFrom(address);
        int notFound = 0;
        int throttled = 0;
        for (int attempt = 0; attempt < 1000; attempt++) {
            String guess = RandomTokens.random();
            MockHttpServletResponse response = mvc.perform(get("/review/{token}", guess).with(guesser)).andReturn()
                    .getResponse();
            if (response.getStatus() == 404) {
                notFound++;
            }
            else {
                assertThat(response.getStatus()).as("attempt %d", attempt).isEqualTo(429);
                throttled++;
            }
        }
        assertThat(notFound).isEqualTo(ReviewThrottle.PER_ADDRESS);
        assertThat(throttled).isEqualTo(1000 - ReviewThrottle.PER_ADDRESS);
        // what a throttled address asks for is not recorded: the trail grew by the throttle's limit, not by 1000
        assertThat(refusedFrom(address) - refusedBefore).isEqualTo(ReviewThrottle.PER_ADDRESS);

        // throttled, even the valid link is refused (else the guesser would learn when they hit), with the page
        MockHttpServletResponse valid = mvc.perform(get("/review/{token}", token).with(guesser)).andReturn()
                .getResponse();
        assertThat(valid.getStatus()).isEqualTo(429);
        assertThat(valid.getHeader("Retry-After")).isEqualTo("600");
        assertThat(HtmlUtils.htmlUnescape(valid.getContentAsString())).contains("Too many attempts",
                "Wait ten minutes");
        // from another address the link is not throttled (the demo meeting may have no draft: then the guests' 404)
        MockHttpServletResponse elsewhere = mvc.perform(get("/review/{token}", token).with(newAddress())).andReturn()
                .getResponse();
        assertThat(elsewhere.getStatus()).isNotIn(410, 429);
        assertThat(elsewhere.getContentAsString()).doesNotContain("This review link does not exist");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where summary like ? or username like ?",
                Integer.class, "%" + token + "%", "%" + token + "%")).isZero();
    }

    private MockHttpServletResponse invite(String name, String email, LocalDate expiresOn) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/{id}/report/reviewers", meeting).with(organiser())
                .with(csrf()).param("name", name).param("email", email);
        if (expiresOn != null) {
            request.param("expiresOn", expiresOn.toString());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String tokenOf(MockHttpServletResponse response) throws Exception {
        Matcher shown = SHOWN_LINK.matcher(response.getContentAsString());
        assertThat(shown.find()).as("a new link").isTrue();
        return shown.group(1);
    }

    private void assertRefused(MockHttpServletResponse response, String field, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(page).contains("id=\"" + field + "-errors\"").contains(message).doesNotContain("new-link-value");
    }

    private int invitations() {
        return jdbc.queryForObject("select count(*) from review_invitation", Integer.class);
    }

    private int refusedFrom(String address) {
        return jdbc.queryForObject("select count(*) from audit_event where kind = 'REVIEW_REFUSED' and address = ?",
                Integer.class, address);
    }

    private String lastAddress;

    /** A client address of its own, so that other tests' guesses do not count against this one. */
    private RequestPostProcessor newAddress() {
        String address = "198.18." + (ADDRESSES.incrementAndGet() % 250) + "." + (System.nanoTime() % 250 + 1);
        lastAddress = address;
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String lastAddress() {
        return lastAddress;
    }

    static RequestPostProcessor organiser() {
        return user("organiser").roles("ORGANISER");
    }
}
