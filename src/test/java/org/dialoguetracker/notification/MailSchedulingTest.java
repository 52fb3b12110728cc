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
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs as several instances and an unreliable mail server see them: two instances due at the same moment, each
 * with its own ShedLock lock provider over the same database, enqueue and send one reminder once; a mail server that
 * is down leaves the mail FAILED with its next attempt, and once it is back the next run delivers the mail, once.
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
        return new NotificationJobs(reminders, digests, delivery,
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
