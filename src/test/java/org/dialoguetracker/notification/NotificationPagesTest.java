package org.dialoguetracker.notification;

import java.util.List;
import java.util.Locale;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
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
 * The pages of the notifications: the outbox for admins (held mail said to be held, filters, a mail with its parts
 * and attachment, "run now" in the audit trail), the unsubscribe link for anyone (and against tampering and
 * repetition), and the preferences on /profile (refusing an address that would add a mail header).
 */
@IntegrationTest
class NotificationPagesTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    private static final RequestPostProcessor RESEARCHER = user("researcher").roles("RESEARCHER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    Recipients recipients;

    @Autowired
    org.springframework.context.ApplicationContext context;

    MailFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MailFixtures(jdbc);
    }

    private Long mail(MailKind kind, String to, List<MailMessage.Attachment> attachments) {
        return outbox.enqueue(new MailMessage(kind, to, List.of("lead-" + fixtures.suffix + "@example.org"), "en",
                "Zz subject " + fixtures.suffix, "Zz text part " + fixtures.suffix,
                "<p>Zz html <b>part</b> " + fixtures.suffix + "</p><script>alert(1)</script>", attachments));
    }

    @Test
    void the_outbox_shows_held_mail_as_not_sent_without_a_mail_server_and_filters_it() throws Exception {
        String to = fixtures.address("held");
        Long id = mail(MailKind.INVITATION, to, List.of());
        mvc.perform(get("/admin/outbox").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No mail server is configured")))
                .andExpect(content().string(containsString("Not sent: no mail server configured")))
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString("/admin/outbox/" + id)));
        mvc.perform(get("/admin/outbox").param("kind", "INVITATION").param("status", "QUEUED").with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString(to)));
        mvc.perform(get("/admin/outbox").param("kind", "DIGEST").with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(to))));
        mvc.perform(get("/admin/outbox").param("kind", "NONSENSE").with(ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/outbox").param("lang", "ru").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Не отправлено: почтовый сервер не настроен")));
        mvc.perform(get("/admin/outbox").with(RESEARCHER)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + id).with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_mail_shows_its_recipients_its_parts_in_a_sandbox_and_its_attachment() throws Exception {
        String to = fixtures.address("detail");
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes();
        Long id = mail(MailKind.INVITATION, to, List.of(new MailMessage.Attachment("invitation.ics",
                "text/calendar; charset=UTF-8; method=REQUEST", ics)));
        Long attachment = jdbc.queryForObject("select id from mail_attachment where mail_id = ?", Long.class, id);
        String page = mvc.perform(get("/admin/outbox/" + id).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(to, "lead-" + fixtures.suffix + "@example.org", "Zz subject " + fixtures.suffix,
                "Zz text part " + fixtures.suffix, "sandbox=\"\"", "srcdoc=\"&lt;p&gt;Zz html &lt;b&gt;part",
                "/admin/outbox/" + id + "/attachments/" + attachment)
                // the mail's HTML is never markup of the admin's page
                .doesNotContain("<script>alert(1)</script>").doesNotContain("<b>part</b>");
        mvc.perform(get("/admin/outbox/" + id + "/attachments/" + attachment).with(ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("invitation.ics")))
                .andExpect(content().bytes(ics));
        Long other = mail(MailKind.DIGEST, fixtures.address("other"), List.of());
        mvc.perform(get("/admin/outbox/" + other + "/attachments/" + attachment).with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/999999999").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/abc").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void run_now_is_for_admins_with_the_form_token_and_goes_into_the_audit_trail() throws Exception {
        int before = jdbc.queryForObject("select count(*) from audit_event where kind = 'NOTIFICATIONS_RUN'",
                Integer.class);
        mvc.perform(post("/admin/outbox/run").with(RESEARCHER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/run").with(ADMIN)).andExpect(status().isForbidden());
        Object run = mvc.perform(post("/admin/outbox/run").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/outbox"))
                .andReturn().getFlashMap().get("run");
        assertThat(run).isInstanceOfSatisfying(NotificationJobs.Run.class, done -> assertThat(done.ran()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'NOTIFICATIONS_RUN'",
                Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select summary from audit_event where kind = 'NOTIFICATIONS_RUN' order by id desc limit 1""",
                String.class)).startsWith("ran the mail jobs now:").contains("0 sent");
    }

    @Test
    void the_jobs_do_not_run_on_their_own_in_the_tests() {
        // src/test/resources/config/application.properties: the schedule is off, in this one shared context
        assertThat(context.getBeansOfType(NotificationSchedule.class)).isEmpty();
        assertThat(context.getBean(NotificationJobs.class)).isNotNull();
    }

    @Test
    void the_unsubscribe_link_asks_first_then_unsubscribes_once_without_signing_in() throws Exception {
        String address = fixtures.address("unsubscriber");
        String token = tokens.token(address, MailKind.INVITATION);
        mvc.perform(get("/unsubscribe/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Stop sending &quot;invitations to meetings&quot; to "
                        + address)));
        assertThat(count(address)).as("opening the link changes nothing").isZero();
        mvc.perform(post("/unsubscribe/" + token)).andExpect(status().isForbidden());
        mvc.perform(post("/unsubscribe/" + token).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("No more &quot;invitations to meetings&quot; will be sent to "
                        + address)));
        // fifty more through the page, each answered; then a thousand at once from eight threads: still one row
        for (int i = 0; i < 50; i++) {
            mvc.perform(post("/unsubscribe/" + token).with(csrf())).andExpect(status().isOk());
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                answers.add(threads.submit(() -> recipients.unsubscribe(address, MailKind.INVITATION)));
            }
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                assertThat(answer.get()).as("already unsubscribed: nothing changed").isFalse();
            }
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(count(address)).isEqualTo(1);
        mvc.perform(get("/unsubscribe/" + token).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Уже сделано")));
    }

    @Test
    void a_tampered_or_foreign_unsubscribe_link_gets_a_clear_page_and_changes_nothing() throws Exception {
        String mine = fixtures.address("mine");
        String victim = fixtures.address("victim");
        String token = tokens.token(mine, MailKind.REMINDER);
        String payloadOfVictim = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("REMINDER:" + victim).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = payloadOfVictim + token.substring(token.indexOf('.'));
        for (String bad : new String[] { forged, token.substring(0, token.length() - 2), "abc", "a.b",
                token + "x", "x".repeat(3000) }) {
            mvc.perform(get("/unsubscribe/" + bad)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("This unsubscribe link does not work")));
            mvc.perform(post("/unsubscribe/" + bad).with(csrf())).andExpect(status().isBadRequest());
        }
        // a path the firewall refuses before the page: still a 400, no 500
        mvc.perform(get("/unsubscribe/%2e%2e")).andExpect(status().isBadRequest());
        assertThat(count(victim)).isZero();
        assertThat(count(mine)).isZero();
        // a link for another recipient unsubscribes that recipient, never the one who opened it
        mvc.perform(post("/unsubscribe/" + tokens.token(victim, MailKind.REMINDER)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(count(victim)).isEqualTo(1);
        assertThat(count(mine)).isZero();
    }

    @Test
    void the_preferences_on_the_profile_save_the_address_and_the_digest_and_refuse_a_header_injection()
            throws Exception {
        jdbc.update("update app_user set email = 'researcher@example.org' where username = 'researcher'");
        long version = jdbc.queryForObject("select version from app_user where username = 'researcher'", Long.class);
        mvc.perform(get("/profile").with(RESEARCHER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mail notifications")))
                .andExpect(content().string(containsString("researcher@example.org")))
                // copies of reminders are for the leads, organisers and admins
                .andExpect(content().string(not(containsString("notification-copies"))));

        for (String hostile : new String[] { "researcher@example.org\r\nBcc: all@evil.example",
                "researcher@example.org\nBcc: all@evil.example", "a@example.org, b@example.org", "no-at-sign" }) {
            mvc.perform(post("/profile/notifications").with(RESEARCHER).with(csrf()).param("email", hostile)
                    .param("weeklyDigest", "true").param("version", Long.toString(version)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeExists("org.springframework.validation.BindingResult.notificationForm"));
        }
        assertThat(jdbc.queryForObject("select email from app_user where username = 'researcher'", String.class))
                .isEqualTo("researcher@example.org");

        mvc.perform(post("/profile/notifications").with(RESEARCHER).with(csrf())
                .param("email", "researcher.new@example.org").param("weeklyDigest", "true")
                .param("version", Long.toString(version))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "notifications.profile.saved"));
        assertThat(jdbc.queryForObject("select email from app_user where username = 'researcher'", String.class))
                .isEqualTo("researcher.new@example.org");
        assertThat(jdbc.queryForObject("""
                select weekly_digest from notification_preference
                 where user_id = (select id from app_user where username = 'researcher')""", Boolean.class)).isTrue();
        // a stale form (the version it was shown with) is the conflict page, and saves nothing
        mvc.perform(post("/profile/notifications").with(RESEARCHER).with(csrf())
                .param("email", "researcher.stale@example.org").param("version", Long.toString(version)))
                .andExpect(status().isConflict());

        // unsubscribing from the digest by its link turns the choice off on the profile too
        mvc.perform(post("/unsubscribe/" + tokens.token("researcher.new@example.org", MailKind.DIGEST)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("""
                select weekly_digest from notification_preference
                 where user_id = (select id from app_user where username = 'researcher')""", Boolean.class)).isFalse();
        jdbc.update("update app_user set email = 'researcher@example.org' where username = 'researcher'");
        jdbc.update("delete from mail_unsubscribe where address like 'researcher%'");
    }

    @Test
    void an_admin_cannot_give_an_account_an_address_with_a_line_break() throws Exception {
        Long id = jdbc.queryForObject("select id from app_user where username = 'organiser'", Long.class);
        String page = mvc.perform(get("/admin/users/" + id + "/edit").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("organiser@example.org");
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        mvc.perform(post("/admin/users/" + id + "/edit").with(ADMIN).with(csrf()).param("displayName", "Demo Organiser")
                .param("role", "ORGANISER").param("preferredLanguage", "en").param("active", "true").param("side", "UK")
                .param("email", "organiser@example.org\r\nBcc: x@evil.example").param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give one e-mail address")));
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id))
                .isEqualTo("organiser@example.org");
        // and the database refuses it whatever writes it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "update app_user set email = ? where id = ?", "x@example.org\r\nBcc: y@example.org", id))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private int count(String address) {
        return jdbc.queryForObject("select count(*) from mail_unsubscribe where address = ?", Integer.class,
                address.toLowerCase(Locale.ROOT));
    }
}
