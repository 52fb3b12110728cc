package org.dialoguetracker.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The two jobs: working out the reminders and digests due (enqueued once each by the sent log), and delivering the
 * outbox. Each runs under its ShedLock lock ({@code shedlock} table), so that of several instances due at the same
 * moment one runs it; {@link NotificationSchedule} runs them on a schedule with {@code @SchedulerLock} on the same lock
 * names, and "run now" on /admin/outbox through {@link #runNow()}, locked here the same way.
 */
@Component
public class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    /** The lock of the reminders' and digests' job. */
    static final String JOBS_LOCK = "notification-jobs";

    /** The lock of the delivery job. */
    static final String DELIVERY_LOCK = "notification-delivery";

    /** How long a lock holds at most if its instance dies while holding it. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

    private final Reminders reminders;

    private final Digests digests;

    private final MailDelivery delivery;

    private final Outbox outbox;

    private final NotificationProperties properties;

    private final LockingTaskExecutor locks;

    private final Clock clock;

    NotificationJobs(Reminders reminders, Digests digests, MailDelivery delivery, Outbox outbox,
            NotificationProperties properties, LockProvider lockProvider, Clock clock) {
        this.reminders = reminders;
        this.digests = digests;
        this.delivery = delivery;
        this.outbox = outbox;
        this.properties = properties;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /**
     * What a run did; {@code ran} false when another instance held a lock, and nothing was done here. {@code expired}
     * and {@code removed}: the outbox's retention ({@link Outbox#retain}).
     */
    public record Run(boolean ran, int reminders, int digests, int sent, int failed, int expired, int removed)
            implements java.io.Serializable {
    }

    /** Enqueues what is due today, and applies the outbox's retention (no lock: the callers hold it). */
    Run enqueueDue() {
        LocalDate today = LocalDate.now(clock);
        int remindersEnqueued = reminders.enqueueDue(today);
        int digestsEnqueued = digests.enqueueDue(today);
        Outbox.Retained retained = outbox.retain(properties.giveUpAfter(), properties.keepSent());
        if (retained.expired() + retained.removed() > 0) {
            log.info("Outbox retention: {} mails given up (not sent within {}), {} removed (older than {})",
                    retained.expired(), properties.giveUpAfter(), retained.removed(), properties.keepSent());
        }
        return new Run(true, remindersEnqueued, digestsEnqueued, 0, 0, retained.expired(), retained.removed());
    }

    /** Both jobs now, each under its lock: what "run now" does. */
    public Run runNow() {
        AtomicReference<Run> enqueued = new AtomicReference<>();
        locks.executeWithLock((Runnable) () -> enqueued.set(enqueueDue()), lock(JOBS_LOCK));
        AtomicReference<MailDelivery.Result> delivered = new AtomicReference<>();
        locks.executeWithLock((Runnable) () -> delivered.set(delivery.deliverDue()), lock(DELIVERY_LOCK));
        if (enqueued.get() == null && delivered.get() == null) {
            return new Run(false, 0, 0, 0, 0, 0, 0);
        }
        Run run = enqueued.get() == null ? new Run(true, 0, 0, 0, 0, 0, 0) : enqueued.get();
        MailDelivery.Result result = delivered.get() == null ? new MailDelivery.Result(0, 0) : delivered.get();
        return new Run(true, run.reminders(), run.digests(), result.sent(), result.failed(), run.expired(),
                run.removed());
    }

    private LockConfiguration lock(String name) {
        return new LockConfiguration(clock.instant(), name, LOCK_AT_MOST, Duration.ZERO);
    }
}
