package org.dialoguetracker.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.springframework.stereotype.Component;

/**
 * The two jobs: working out the reminders and digests due (enqueued once each by the sent log), and delivering the
 * outbox. Each runs under its ShedLock lock ({@code shedlock} table), so that of several instances due at the same
 * moment one runs it; {@link NotificationSchedule} runs them on a schedule with {@code @SchedulerLock} on the same lock
 * names, and "run now" on /admin/outbox through {@link #runNow()}, locked here the same way.
 */
@Component
public class NotificationJobs {

    /** The lock of the reminders' and digests' job. */
    static final String JOBS_LOCK = "notification-jobs";

    /** The lock of the delivery job. */
    static final String DELIVERY_LOCK = "notification-delivery";

    /** How long a lock holds at most if its instance dies while holding it. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

    private final Reminders reminders;

    private final Digests digests;

    private final MailDelivery delivery;

    private final LockingTaskExecutor locks;

    private final Clock clock;

    NotificationJobs(Reminders reminders, Digests digests, MailDelivery delivery, LockProvider lockProvider,
            Clock clock) {
        this.reminders = reminders;
        this.digests = digests;
        this.delivery = delivery;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /** What a run did; {@code ran} false when another instance held a lock, and nothing was done here. */
    public record Run(boolean ran, int reminders, int digests, int sent, int failed) implements java.io.Serializable {
    }

    /** Enqueues what is due today (no lock: the callers hold it). */
    Run enqueueDue() {
        LocalDate today = LocalDate.now(clock);
        return new Run(true, reminders.enqueueDue(today), digests.enqueueDue(today), 0, 0);
    }

    /** Both jobs now, each under its lock: what "run now" does. */
    public Run runNow() {
        AtomicReference<Run> enqueued = new AtomicReference<>();
        locks.executeWithLock((Runnable) () -> enqueued.set(enqueueDue()), lock(JOBS_LOCK));
        AtomicReference<MailDelivery.Result> delivered = new AtomicReference<>();
        locks.executeWithLock((Runnable) () -> delivered.set(delivery.deliverDue()), lock(DELIVERY_LOCK));
        if (enqueued.get() == null && delivered.get() == null) {
            return new Run(false, 0, 0, 0, 0);
        }
        Run run = enqueued.get() == null ? new Run(true, 0, 0, 0, 0) : enqueued.get();
        MailDelivery.Result result = delivered.get() == null ? new MailDelivery.Result(0, 0) : delivered.get();
        return new Run(true, run.reminders(), run.digests(), result.sent(), result.failed());
    }

    private LockConfiguration lock(String name) {
        return new LockConfiguration(clock.instant(), name, LOCK_AT_MOST, Duration.ZERO);
    }
}
