package org.dialoguetracker.notification;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.participant.AttendanceEditing;
import org.dialoguetracker.participant.AttendanceRole;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.InviteForm;
import org.dialoguetracker.review.InvitationForm;
import org.dialoguetracker.review.ReviewInvitations;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of mail in English and in Russian, through the outbox and a delivery job built by hand against
 * GreenMail (the shared application has no mail server): its subject, its text and HTML parts in the recipient's
 * language, its unsubscribe link (which opens the confirmation page), and the invitation's calendar entry parsed back
 * with ical4j. Mails are told apart by this test's own addresses; others in the outbox may go to GreenMail too.
 */
@IntegrationTest
class MailKindsTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://localhost:8080(/unsubscribe/[A-Za-z0-9_.-]+\\?lang=(en|ru))");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationProperties properties;

    @Autowired
    Reminders reminders;

    @Autowired
    Digests digests;

    @Autowired
    Outbox outbox;

    @Autowired
    Accounts accounts;

    @Autowired
    AttendanceEditing attendance;

    @Autowired
    ReviewInvitations reviewInvitations;

    @Autowired
    MockMvc mvc;

    GreenMail greenMail;

    MailDelivery delivery;

    MailFixtures fixtures;

    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void aMailServer() throws Exception {
        int port = MailFixtures.freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        JavaMailSender sender = MailFixtures.sender(port);
        delivery = MailFixtures.delivery(jdbc, transactions, sender, properties, Clock.systemUTC());
        fixtures = new MailFixtures(jdbc);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
        fixtures.removeAll();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_reminder_before_the_due_date_in_english_copies_the_leads() throws Exception {
        long meeting = fixtures.meeting("NONE");
        String owner = fixtures.address("owner-uk");
        long participant = fixtures.participant("UK", owner);
        long followUp = fixtures.followUp(fixtures.recommendation(meeting), participant, today.plusDays(5), "OPEN");
        reminders.enqueueDue(today);
        MimeMessage mail = delivered(owner);

        assertThat(mail.getSubject()).isEqualTo("Reminder: follow-up on ZZ-MAIL-" + fixtures.suffix.toUpperCase()
                + " due " + MailText.date(today.plusDays(5), "en"));
        assertThat(mail.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                .contains("organiser@example.org", "organiser-ru@example.org");
        MailFixtures.Parts parts = MailFixtures.parts(mail);
        assertThat(parts.text()).contains("Dear Zz Owner UK " + fixtures.suffix + ",", "is due on", "in 5 days",
                "Zz Draft the hotline's terms " + fixtures.suffix, "Zz Hotline between staffs " + fixtures.suffix,
                "Zz Spring Round " + fixtures.suffix, "Unsubscribe from these mails: http://localhost:8080/unsubscribe/");
        assertThat(parts.html()).contains("<html lang=\"en\"", "in 5 days", "Zz Spring Round " + fixtures.suffix,
                "Unsubscribe from these mails");
        assertUnsubscribeLinkWorks(parts, owner, "reminders about follow-up actions");
        assertThat(jdbc.queryForObject("select count(*) from mail_sent_log where kind = 'REMINDER' and item = ?",
                Integer.class, "followup:" + followUp)).isEqualTo(1);
    }

    @Test
    void a_reminder_of_an_overdue_action_in_russian_for_the_russian_side() throws Exception {
        long meeting = fixtures.meeting("NONE");
        String owner = fixtures.address("owner-ru");
        long participant = fixtures.participant("RUSSIA", owner);
        fixtures.followUp(fixtures.recommendation(meeting), participant, today.minusDays(3), "IN_PROGRESS");
        reminders.enqueueDue(today);
        MimeMessage mail = delivered(owner);

        assertThat(mail.getSubject()).startsWith("Напоминание: действие по ZZ-MAIL-");
        MailFixtures.Parts parts = MailFixtures.parts(mail);
        assertThat(parts.text()).contains("Уважаемый(ая) Владелец RUSSIA " + fixtures.suffix + "!",
                "просрочено на 3 дня", "Подготовить условия линии " + fixtures.suffix,
                "Горячая линия между штабами " + fixtures.suffix, "Весенний раунд " + fixtures.suffix,
                "Отписаться от этих писем: http://localhost:8080/unsubscribe/");
        assertThat(parts.html()).contains("<html lang=\"ru\"", "просрочено на 3 дня", "Отписаться от этих писем");
        assertUnsubscribeLinkWorks(parts, owner, "напоминания о действиях");
    }

    @Test
    void an_invitation_in_english_and_in_russian_with_the_meeting_in_a_calendar_entry() throws Exception {
        long meeting = fixtures.meeting("NONE");
        String uk = fixtures.address("guest-uk");
        String ru = fixtures.address("guest-ru");
        long ukParticipant = fixtures.participant("UK", uk);
        long ruParticipant = fixtures.participant("RUSSIA", ru);
        // the path every invitation takes, one by one or in bulk: the participant module publishes, this one mails
        attendance.invite(meeting, new InviteForm(ukParticipant, AttendanceStatus.INVITED, AttendanceRole.PARTICIPANT));
        attendance.invite(meeting, new InviteForm(ruParticipant, AttendanceStatus.INVITED, AttendanceRole.SPEAKER));
        awaitInOutbox("INVITATION", uk);
        awaitInOutbox("INVITATION", ru);

        MimeMessage english = delivered(uk);
        assertThat(english.getSubject()).isEqualTo("Invitation: Zz Spring Round " + fixtures.suffix);
        MailFixtures.Parts en = MailFixtures.parts(english);
        assertThat(en.text()).contains("Dear Zz Owner UK " + fixtures.suffix, "You are invited to the meeting",
                "March 2, 2027 – March 3, 2027", "Zz Host Institute " + fixtures.suffix + ", Greenwich",
                "Chatham House Rule", "Unsubscribe from these mails: http://localhost:8080/unsubscribe/");
        assertThat(en.html()).contains("<html lang=\"en\"", "Zz Host Institute " + fixtures.suffix + ", Greenwich");
        VEvent enEvent = event(en, "REQUEST");
        assertThat(value(enEvent, Property.SUMMARY)).isEqualTo("Zz Spring Round " + fixtures.suffix);
        assertThat(value(enEvent, Property.LOCATION)).isEqualTo("Zz Host Institute " + fixtures.suffix + ", Greenwich");
        assertThat(value(enEvent, Property.UID)).isEqualTo("meeting-" + meeting + "-participant-" + ukParticipant
                + "@localhost");
        assertThat(value(enEvent, Property.DTSTART)).isEqualTo("20270302");
        assertThat(value(enEvent, Property.DTEND)).isEqualTo("20270304");
        assertThat(enEvent.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE))
                .map(Object::toString).hasValue("VALUE=DATE");
        assertUnsubscribeLinkWorks(en, uk, "invitations to meetings");

        MimeMessage russian = delivered(ru);
        assertThat(russian.getSubject()).isEqualTo("Приглашение: Весенний раунд " + fixtures.suffix);
        MailFixtures.Parts rus = MailFixtures.parts(russian);
        assertThat(rus.text()).contains("Уважаемый(ая) Владелец RUSSIA " + fixtures.suffix, "Приглашаем вас",
                "2 марта 2027 г. – 3 марта 2027 г.", "Принимающий институт " + fixtures.suffix + ", Гринвич",
                "Правило Чатем-хауса", "Отписаться от этих писем: http://localhost:8080/unsubscribe/");
        VEvent ruEvent = event(rus, "REQUEST");
        assertThat(value(ruEvent, Property.SUMMARY)).isEqualTo("Весенний раунд " + fixtures.suffix);
        assertThat(value(ruEvent, Property.LOCATION)).isEqualTo("Принимающий институт " + fixtures.suffix + ", Гринвич");
        assertThat(value(ruEvent, Property.UID)).isEqualTo("meeting-" + meeting + "-participant-" + ruParticipant
                + "@localhost");
        assertUnsubscribeLinkWorks(rus, ru, "приглашения на встречи");
    }

    @Test
    void an_invitation_recorded_as_attended_after_the_fact_sends_nothing() throws Exception {
        long meeting = fixtures.meeting("SIDE");
        String late = fixtures.address("after-the-fact");
        String invited = fixtures.address("invited-after");
        attendance.invite(meeting, new InviteForm(fixtures.participant("UK", late), AttendanceStatus.ATTENDED,
                AttendanceRole.PARTICIPANT));
        // a second invitation, published after the first: once it is in the outbox, the first was handled
        attendance.invite(meeting, new InviteForm(fixtures.participant("OTHER", invited), AttendanceStatus.INVITED,
                AttendanceRole.PARTICIPANT));
        awaitInOutbox("INVITATION", invited);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%\"meetingId\":" + meeting + "%") == 0);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, late))
                .isZero();
    }

    @Test
    void a_guest_reviewers_link_in_both_languages_blanked_out_of_the_outbox_once_sent() throws Exception {
        long meeting = fixtures.meeting("NONE");
        String en = fixtures.address("reviewer-en");
        String ru = fixtures.address("reviewer-ru");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ReviewInvitations.Created english = reviewInvitations.invite(meeting,
                new InvitationForm("Zz Reviewer " + fixtures.suffix, en, today.plusDays(10)), "organiser");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        ReviewInvitations.Created russian = reviewInvitations.invite(meeting,
                new InvitationForm("Рецензент " + fixtures.suffix, ru, today.plusDays(10)), "organiser-ru");
        long enMail = awaitInOutbox("REVIEW_LINK", en);
        awaitInOutbox("REVIEW_LINK", ru);
        // while it waits, an admin reading the outbox does not see the token
        assertThat(Outbox.masked(outbox.entry(enMail).text())).doesNotContain(english.token()).contains("/review/…");

        MimeMessage englishMail = delivered(en);
        assertThat(englishMail.getSubject()).isEqualTo("Review the draft report: Zz Spring Round " + fixtures.suffix);
        MailFixtures.Parts enParts = MailFixtures.parts(englishMail);
        assertThat(enParts.text()).contains("Dear Zz Reviewer " + fixtures.suffix,
                "http://localhost:8080/review/" + english.token(), "Unsubscribe from these mails");
        assertThat(enParts.html()).contains("href=\"http://localhost:8080/review/" + english.token() + "\"");
        assertUnsubscribeLinkWorks(enParts, en, "invitations to review draft reports");

        MimeMessage russianMail = delivered(ru);
        assertThat(russianMail.getSubject()).isEqualTo("Рецензия на проект доклада: Весенний раунд " + fixtures.suffix);
        MailFixtures.Parts ruParts = MailFixtures.parts(russianMail);
        assertThat(ruParts.text()).contains("Уважаемый(ая) Рецензент " + fixtures.suffix,
                "http://localhost:8080/review/" + russian.token(), "Отписаться от этих писем");

        // sent: the stored mail no longer holds the credential
        OutboxEntry stored = outbox.entry(enMail);
        assertThat(stored.redacted()).isTrue();
        assertThat(stored.text() + stored.html()).doesNotContain(english.token());
    }

    @Test
    void a_weekly_digest_in_english_and_in_russian_within_what_each_reader_may_see() throws Exception {
        long meeting = fixtures.meeting("NONE");
        long recommendation = fixtures.recommendation(meeting);
        long owner = fixtures.participant("UK", fixtures.address("done-owner"));
        fixtures.followUp(recommendation, owner, today.minusDays(1), "DONE");
        User researcher = accounts.byUsername("researcher").orElseThrow();
        User organiserRu = accounts.byUsername("organiser-ru").orElseThrow();
        // the meeting's report draft waits for the sign-off of each side's lead, in both languages
        jdbc.update("insert into report_draft (meeting_id, grouping, state, created_by) values (?, 'BY_SESSION', 'OPEN', "
                + "'organiser')", meeting);

        MailMessage english = digests.render(researcher, today);
        outbox.enqueue(english);
        MimeMessage englishMail = delivered("researcher@example.org");
        assertThat(englishMail.getSubject()).isEqualTo("Your weekly digest, " + MailText.date(today, "en"));
        MailFixtures.Parts en = MailFixtures.parts(englishMail);
        assertThat(en.text()).contains("Dear Demo Researcher,", "new recommendation", "ZZ-MAIL-"
                + fixtures.suffix.toUpperCase() + " — Zz Hotline between staffs " + fixtures.suffix,
                "Zz Draft the hotline's terms " + fixtures.suffix, "Unsubscribe from these mails");
        // a researcher's pages do not name the owner of a follow-up: nor does their digest
        assertThat(en.text() + en.html()).doesNotContain("Zz Owner UK " + fixtures.suffix)
                .doesNotContain("Владелец UK " + fixtures.suffix);
        assertUnsubscribeLinkWorks(en, "researcher@example.org", "the weekly digest");

        MailMessage russian = digests.render(organiserRu, today);
        outbox.enqueue(russian);
        MimeMessage russianMail = delivered("organiser-ru@example.org");
        assertThat(russianMail.getSubject()).isEqualTo("Ваша еженедельная сводка, " + MailText.date(today, "ru"));
        MailFixtures.Parts ru = MailFixtures.parts(russianMail);
        // an organiser sees who carries it, as on their pages
        // the count is of every draft waiting for this lead, other tests' drafts among them: its wording is what counts
        assertThat(ru.text()).containsPattern("Ждут вашего утверждения \\(\\d+ язык(а|ов)?\\)")
                .contains("Весенний раунд " + fixtures.suffix + " — российская сторона, английский",
                "Весенний раунд " + fixtures.suffix + " — российская сторона, русский",
                "http://localhost:8080/meetings/" + meeting + "/report/draft");
        // the researcher leads nothing: no sign-offs in their digest
        assertThat(en.text()).doesNotContain("Waiting for your sign-off");
        assertThat(ru.text()).contains("Демо Организатор", "Горячая линия между штабами " + fixtures.suffix,
                "Подготовить условия линии " + fixtures.suffix, "Владелец UK " + fixtures.suffix,
                "Отписаться от этих писем");
        assertThat(ru.html()).contains("<html lang=\"ru\"");
    }

    private long awaitInOutbox(String kind, String recipient) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where kind = ? and recipient = ?", Integer.class, kind,
                recipient) > 0);
        return jdbc.queryForObject("select id from mail_outbox where kind = ? and recipient = ?", Long.class, kind,
                recipient);
    }

    /** Runs the delivery job once and returns the one mail sent to this address. */
    private MimeMessage delivered(String address) {
        delivery.deliverDue();
        // addressed to it, not copied to it: the demo's reminders waiting in the shared outbox copy the demo leads
        List<MimeMessage> mails = greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address),
                message -> addressedTo(message, address)).toList();
        assertThat(mails).as("mails received by " + address).hasSize(1);
        return mails.get(0);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertUnsubscribeLinkWorks(MailFixtures.Parts parts, String address, String what) throws Exception {
        Matcher text = UNSUBSCRIBE.matcher(parts.text());
        assertThat(text.find()).as("an unsubscribe link in the text").isTrue();
        assertThat(parts.html()).contains("href=\"http://localhost:8080" + text.group(1) + "\"");
        mvc.perform(get(text.group(1))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(address)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(what)));
    }

    private static VEvent event(MailFixtures.Parts parts, String method) throws Exception {
        assertThat(parts.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("invitation.ics");
            assertThat(attachment.contentType()).startsWith("text/calendar");
        });
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(parts.attachments().get(0).content()));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    static Instant now() {
        return Instant.now();
    }
}
