package org.dialoguetracker.notification;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the jobs on their own: the reminders and digests on {@code dialogue.notifications.schedule.jobs} (hourly),
 * the delivery every {@code dialogue.notifications.schedule.delivery} (30 s), each under its ShedLock lock so that of
 * several instances one runs it. Off with {@code dialogue.notifications.schedule.enabled=false}, as in the tests
 * ({@code src/test/resources/config/application.properties}), whose shared application it would disturb.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dialogue.notifications.schedule.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
class NotificationSchedule {

    private final NotificationJobs jobs;

    private final MailDelivery delivery;

    NotificationSchedule(NotificationJobs jobs, MailDelivery delivery) {
        this.jobs = jobs;
        this.delivery = delivery;
    }

    @Scheduled(cron = "${dialogue.notifications.schedule.jobs:0 7 * * * *}", zone = "UTC")
    @SchedulerLock(name = NotificationJobs.JOBS_LOCK, lockAtMostFor = "PT15M")
    public void enqueueDue() {
        jobs.enqueueDue();
    }

    @Scheduled(fixedDelayString = "${dialogue.notifications.schedule.delivery:30s}", initialDelayString = "20s")
    @SchedulerLock(name = NotificationJobs.DELIVERY_LOCK, lockAtMostFor = "PT15M")
    public void deliver() {
        delivery.deliverDue();
    }
}
