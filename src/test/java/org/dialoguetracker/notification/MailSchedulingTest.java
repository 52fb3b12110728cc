package org.dialoguetracker.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import org.dialoguetracker.support.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jobs as several instances and an unreliable mail server see them: two instances due at the same moment, each
 * with its own ShedLock lock provider over the same database, enqueue and send one reminder once; a mail server that
 * is down leaves the mail FAILED with its next attempt, and once it is back the next run delivers the mail, once; mail
 * too old to send is given up, and the outbox's retention removes what it no longer needs.
 */
@IntegrationTest
class MailSchedulingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

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
    EntityManagerFactory entityManagerFactory;

    MailFixtures fixtures;

    GreenMail greenMail;

    int port;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new MailFixtures(jdbc);
        port = MailFixtures.freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
        fixtures.removeAll();
    }

    @Test
    void two_instances_due_at_once_enqueue_and_send_one_reminder() throws Exception {
        greenMail.start();
        String owner = fixtures.address("two-instances");
        long followUp = fixtures.followUp(fixtures.recommendation(fixtures.meeting("SIDE")),
                fixtures.participant("UK", owner), LocalDate.now(ZoneOffset.UTC).plusDays(2), "OPEN");
        NotificationJobs first = instance();
        NotificationJobs second = instance();

        CyclicBarrier bothDue = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<NotificationJobs.Run> a = CompletableFuture.supplyAsync(() -> run(first, bothDue), threads);
            CompletableFuture<NotificationJobs.Run> b = CompletableFuture.supplyAsync(() -> run(second, bothDue), threads);
            CompletableFuture.allOf(a, b).get(2, TimeUnit.MINUTES);
        }
        finally {
            threads.shutdownNow();
        }
        // and once more each, later: the sent log keeps the week's reminder from being enqueued again
        first.runNow();
        second.runNow();

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, owner))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select period from mail_sent_log where kind = 'REMINDER' and item = ?",
                String.class, "followup:" + followUp)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, owner))
                .isEqualTo("SENT");
        assertThat(received(owner)).hasSize(1);
        assertThat(jdbc.queryForList("select name from shedlock", String.class))
                .contains(NotificationJobs.JOBS_LOCK, NotificationJobs.DELIVERY_LOCK);
    }

    @Test
    void a_mail_server_down_then_back_gets_the_mail_once() throws Exception {
        String to = fixtures.address("smtp-down");
        Long id = outbox.enqueue(new MailMessage(MailKind.REMINDER, to, List.of(), "en", "Zz down and up " + fixtures.suffix,
                "text", "<p>html</p>", List.of()));
        // in whole microseconds, as PostgreSQL keeps times (it rounds the rest, where Java would cut it off)
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        MailDelivery delivery = MailFixtures.delivery(jdbc, transactions, MailFixtures.sender(port), properties, clock);

        // nothing listens on the port: the attempt fails, the mail stays, with its next attempt a minute later
        assertThat(delivery.deliverDue().failed()).isPositive();
        Map<String, Object> failed = row(id);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
                .isEqualTo(clock.instant().plus(properties.retryFirst()).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        String error = (String) failed.get("last_error");
        assertThat(error).isNotBlank().doesNotContain("\n").doesNotContain("\tat ").hasSizeLessThanOrEqualTo(500);
        // not due yet: a run now leaves it alone
        delivery.deliverDue();
        assertThat(row(id).get("attempts")).isEqualTo(1);
        OutboxRow shown = outbox.page(MailKind.REMINDER, MailStatus.FAILED, 0, 500).getContent().stream()
                .filter(mail -> mail.id().equals(id)).findFirst().orElseThrow();
        assertThat(shown.retrying()).isTrue();

        greenMail.start();
        clock.advance(properties.retryFirst().plusSeconds(1));
        delivery.deliverDue();
        assertThat(row(id).get("status")).isEqualTo("SENT");
        assertThat(row(id).get("attempts")).isEqualTo(2);
        clock.advance(Duration.ofHours(7));
        delivery.deliverDue();
        assertThat(received(to)).hasSize(1);
        assertThat(received(to).get(0).getSubject()).isEqualTo("Zz down and up " + fixtures.suffix);
    }

    /**
     * The retention, with the shared application's own settings (give up after 7 days, keep 90): mail written before
     * the give-up time is given up rather than sent late once a mail server appears (a guest's link in it blanked
     * out), and sent or given-up mail and sent-log keys older than the retention are removed; younger ones stay.
     */
    @Test
    void old_mail_is_given_up_rather_than_sent_late_and_removed_after_the_retention() throws Exception {
        Instant now = Instant.now();
        Instant pastGivingUp = now.minus(properties.giveUpAfter()).minus(Duration.ofHours(1));
        Instant pastKeeping = now.minus(properties.keepSent()).minus(Duration.ofHours(1));
        String stale = fixtures.address("stale");
        String fresh = fixtures.address("fresh");
        String guest = fixtures.address("guest");
        long staleId = mail("REMINDER", stale, "QUEUED", pastGivingUp, null, "A reminder of last month");
        long freshId = mail("REMINDER", fresh, "QUEUED", now.minus(Duration.ofDays(1)), null, "Yesterday's reminder");
        long guestId = mail("REVIEW_LINK", guest, "FAILED", pastGivingUp, null,
                "Read the draft at https://tracker.example.org/review/AbC_dEf-123 before Friday");
        long oldSent = mail("DIGEST", fixtures.address("old-sent"), "SENT", pastKeeping, pastKeeping, "An old digest");
        jdbc.update("insert into mail_attachment (mail_id, file_name, content_type, content) values (?, 'a.ics', "
                + "'text/calendar', ?)", oldSent, "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long recentSent = mail("DIGEST", fixtures.address("recent-sent"), "SENT", now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(60)), "A recent digest");
        String oldKey = "retention-old-" + fixtures.suffix;
        String recentKey = "retention-recent-" + fixtures.suffix;
        jdbc.update("insert into mail_sent_log (kind, item, period, created_at) values ('DIGEST', ?, '2020-W01', ?)",
                oldKey, java.sql.Timestamp.from(pastKeeping));
        jdbc.update("insert into mail_sent_log (kind, item, period, created_at) values ('DIGEST', ?, '2026-W40', ?)",
                recentKey, java.sql.Timestamp.from(now.minus(Duration.ofDays(10))));

        // the hourly jobs, while no mail server is configured
        MailDelivery noServer = new MailDelivery(jdbc, transactions,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, Clock.systemUTC());
        NotificationJobs.Run run = new NotificationJobs(reminders, digests, noServer, outbox, properties,
                NotificationConfiguration.lockProvider(new JdbcTemplate(dataSource)), Clock.systemUTC()).runNow();

        assertThat(run.expired()).as("given up by this run").isGreaterThanOrEqualTo(2);
        assertThat(run.removed()).as("removed by this run").isGreaterThanOrEqualTo(1);
        assertThat(row(staleId).get("status")).isEqualTo("EXPIRED");
        assertThat(row(staleId).get("next_attempt_at")).isNull();
        assertThat(row(guestId).get("status")).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForMap("select body_text, redacted from mail_outbox where id = ?", guestId))
                .containsEntry("redacted", true)
                .hasEntrySatisfying("body_text", text -> assertThat((String) text).doesNotContain("AbC_dEf-123")
                        .contains("/review/…"));
        assertThat(row(freshId).get("status")).isEqualTo("QUEUED");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Integer.class, oldSent)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_attachment where mail_id = ?", Integer.class, oldSent))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Integer.class, recentSent))
                .isOne();
        assertThat(jdbc.queryForList("select item from mail_sent_log where item in (?, ?)", String.class, oldKey,
                recentKey)).containsExactly(recentKey);

        // a mail server appears: yesterday's reminder goes, the given-up ones never do
        greenMail.start();
        instance().runNow();
        assertThat(row(freshId).get("status")).isEqualTo("SENT");
        assertThat(received(fresh)).hasSize(1);
        assertThat(received(stale)).isEmpty();
        assertThat(received(guest)).isEmpty();
        assertThat(row(staleId).get("status")).isEqualTo("EXPIRED");
        jdbc.update("delete from mail_outbox where recipient like ?", "%-" + fixtures.suffix + "@example.org");
        jdbc.update("delete from mail_sent_log where item = ?", recentKey);
    }

    @Test
    void the_retention_refuses_to_forget_the_sent_log_too_soon() {
        assertThatThrownBy(() -> new NotificationProperties("http://localhost:8080", "x@localhost", "", 7,
                Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofDays(7), Duration.ofDays(10),
                new NotificationProperties.Schedule(false, "0 7 * * * *", Duration.ofSeconds(30))))
                .hasMessageContaining("keep-sent must be at least 30 days");
        assertThatThrownBy(() -> new NotificationProperties("http://localhost:8080", "x@localhost", "", 7,
                Duration.ofMinutes(1), Duration.ofHours(6), Duration.ZERO, Duration.ofDays(90),
                new NotificationProperties.Schedule(false, "0 7 * * * *", Duration.ofSeconds(30))))
                .hasMessageContaining("give-up-after must be positive");
    }

    private long mail(String kind, String to, String status, Instant written, Instant sent, String text) {
        return fixtures.id("""
                insert into mail_outbox (kind, recipient, language, subject, body_text, body_html, status,
                                         next_attempt_at, created_at, sent_at)
                values (?, ?, 'en', ?, ?, ?, ?, ?, ?, ?) returning id""", kind, to, "Zz retention " + fixtures.suffix,
                text, "<p>" + text + "</p>", status, "SENT".equals(status) ? null : java.sql.Timestamp.from(written),
                java.sql.Timestamp.from(written), sent == null ? null : java.sql.Timestamp.from(sent));
    }

    /**
     * A run writes a reminder for every due follow-up, and copies them to the leads of each one's meetings: the
     * leads of a meeting are looked up once per run, not once per reminder (each look-up is a query that flushes the
     * run's transaction, which holds all the reminders' follow-ups: a first run over years of follow-ups took minutes).
     */
    @Test
    void a_run_looks_up_the_leads_of_a_meeting_once_however_many_reminders_it_writes() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        reminders.enqueueDue(today); // whatever else is due in the shared database is written now, not below
        long recommendation = fixtures.recommendation(fixtures.meeting("SIDE"));
        for (int i = 0; i < 12; i++) {
            fixtures.followUp(recommendation, fixtures.participant(i % 2 == 0 ? "UK" : "RUSSIA",
                    fixtures.address("leads-once-" + i)), today.plusDays(1), "OPEN");
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        int enqueued;
        try {
            enqueued = reminders.enqueueDue(today);
        }
        finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(enqueued).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'REMINDER' and recipient like ?",
                Integer.class, "leads-once-%-" + fixtures.suffix + "@example.org")).isEqualTo(12);
        long leadLookUps = java.util.Arrays.stream(statistics.getQueries())
                .filter(query -> query.contains("ukLead"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount())
                .sum();
        assertThat(leadLookUps).as("queries for the meeting's leads").isEqualTo(1);
    }

    @Test
    void the_wait_between_attempts_doubles_up_to_the_longest() {
        MailDelivery delivery = MailFixtures.delivery(jdbc, transactions, MailFixtures.sender(port), properties,
                Clock.systemUTC());
        assertThat(delivery.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delivery.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delivery.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(delivery.backoff(30)).isEqualTo(Duration.ofHours(6));
    }

    private NotificationJobs instance() {
        MailDelivery delivery = MailFixtures.delivery(jdbc, transactions, MailFixtures.sender(port), properties,
                Clock.systemUTC());
        return new NotificationJobs(reminders, digests, delivery, outbox, properties,
                NotificationConfiguration.lockProvider(new JdbcTemplate(dataSource)), Clock.systemUTC());
    }

    private static NotificationJobs.Run run(NotificationJobs jobs, CyclicBarrier bothDue) {
        try {
            bothDue.await(1, TimeUnit.MINUTES);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jobs.runNow();
    }

    private Map<String, Object> row(Long id) {
        return jdbc.queryForMap("select status, attempts, next_attempt_at, last_error from mail_outbox where id = ?", id);
    }

    private List<MimeMessage> received(String address) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    /** A clock the test moves on, instead of waiting. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
