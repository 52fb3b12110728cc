package org.dialoguetracker.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.followup.FollowUpReminder;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.meeting.DialogueLeads;
import org.dialoguetracker.meeting.MeetingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to the owners of follow-up actions: once when the action comes within {@code reminder-days-ahead} days
 * of its due date (period {@code due-<date>}), and once a week while it is overdue (period: the ISO week), each
 * enqueued once whatever the number of runs and instances (the sent log). The leads of the dialogues of the
 * recommendation's meetings are copied, unless they turned their copies off. Reminders quote the recommendation
 * (recommendations are not attributed) and the meeting's title, never a statement.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final FollowUpService followUps;

    private final MeetingService meetings;

    private final Accounts accounts;

    private final Recipients recipients;

    private final MailRenderer renderer;

    private final Outbox outbox;

    private final NotificationProperties properties;

    Reminders(FollowUpService followUps, MeetingService meetings, Accounts accounts, Recipients recipients,
            MailRenderer renderer, Outbox outbox, NotificationProperties properties) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.accounts = accounts;
        this.recipients = recipients;
        this.renderer = renderer;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Enqueues the reminders due on this day that were not enqueued before; how many. */
    @Transactional
    public int enqueueDue(LocalDate today) {
        int enqueued = 0;
        // the leads of each meeting, looked up once per run: a run may write thousands of reminders for a few hundred
        // meetings, and each look-up is a query that first flushes this transaction, which holds every reminder's
        // follow-up and recommendation (a quarter of the app's CPU in a profile of the bench, whose data has
        // thousands of reminders due)
        Map<Long, DialogueLeads> leadsByMeeting = new HashMap<>();
        for (FollowUpReminder reminder : followUps.dueForReminders(today, properties.reminderDaysAhead())) {
            String period = reminder.overdue() ? MailText.week(today) : "due-" + reminder.dueDate();
            String item = "followup:" + reminder.followUpId();
            if (!MailText.deliverable(reminder.ownerEmail())
                    || recipients.unsubscribed(reminder.ownerEmail(), MailKind.REMINDER)
                    || outbox.logged(MailKind.REMINDER, item, period)) {
                continue;
            }
            if (outbox.enqueueOnce(item, period, render(reminder, today, leadsByMeeting)).isPresent()) {
                enqueued++;
            }
        }
        if (enqueued > 0) {
            log.info("{} follow-up reminders enqueued", enqueued);
        }
        return enqueued;
    }

    MailMessage render(FollowUpReminder reminder, LocalDate today, Map<Long, DialogueLeads> leadsByMeeting) {
        String language = MailText.languageOf(reminder.ownerSide());
        List<String> cc = copies(reminder, leadsByMeeting);
        long days = ChronoUnit.DAYS.between(today, reminder.dueDate());
        Map<String, Object> variables = Map.ofEntries(
                Map.entry("ownerName", reminder.ownerName().in(language)),
                Map.entry("overdue", reminder.overdue()),
                Map.entry("dueDate", MailText.date(reminder.dueDate(), language)),
                Map.entry("daysOverdue", Math.max(0, -days)),
                Map.entry("daysLeft", Math.max(0, days)),
                Map.entry("description", MailText.text(reminder.description(), language)),
                Map.entry("reference", reminder.recommendationReference()),
                Map.entry("recommendationTitle", MailText.text(reminder.recommendationTitle(), language)),
                Map.entry("meetingTitle", reminder.meetingTitle() == null ? ""
                        : MailText.text(reminder.meetingTitle(), language)),
                Map.entry("cc", cc));
        return renderer.render(MailKind.REMINDER, reminder.ownerEmail().strip(), cc, language, MailKind.REMINDER,
                variables, List.of(), reminder.recommendationReference(),
                MailText.date(reminder.dueDate(), language));
    }

    /** The leads of the dialogues of the recommendation's meetings who want copies, by address, once each. */
    private List<String> copies(FollowUpReminder reminder, Map<Long, DialogueLeads> leadsByMeeting) {
        Set<Long> userIds = new LinkedHashSet<>();
        for (Long meetingId : reminder.meetingIds()) {
            DialogueLeads leads = leadsByMeeting.computeIfAbsent(meetingId, meetings::leads);
            for (DialogueLeads.Lead lead : new DialogueLeads.Lead[] { leads.uk(), leads.russia() }) {
                if (lead != null) {
                    userIds.add(lead.userId());
                }
            }
        }
        List<String> cc = new ArrayList<>();
        for (Long userId : userIds) {
            User user = accounts.byId(userId).orElse(null);
            if (user == null || !user.isActive() || !MailText.deliverable(user.getEmail())
                    || !recipients.preferences(userId).reminderCopies()
                    || recipients.unsubscribed(user.getEmail(), MailKind.REMINDER)
                    || user.getEmail().strip().equalsIgnoreCase(reminder.ownerEmail().strip())) {
                continue;
            }
            if (!cc.contains(user.getEmail().strip())) {
                cc.add(user.getEmail().strip());
            }
        }
        return cc;
    }
}
