package org.dialoguetracker.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpView;
import org.dialoguetracker.recommendation.RecentStatusChange;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationSummary;
import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.shared.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest of each account that chose it: the week's new recommendations and changes of status, the
 * follow-ups done in the week and those overdue, and the drafts waiting for the account's sign-off as a side's lead.
 * It is written within the recipient's view: everything comes from the modules' services asked as that account
 * (a {@link Viewer} of its role), so a researcher's digest names no participant that their pages would not, and it
 * quotes no statement at all. One per account and ISO week (the sent log); an empty week sends nothing.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    /** A bound on each list of a digest: it points to the tracker, it is not the tracker. */
    static final int LIMIT = 20;

    private final Accounts accounts;

    private final Recipients recipients;

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final ReportDrafts drafts;

    private final MailRenderer renderer;

    private final Outbox outbox;

    private final NotificationProperties properties;

    Digests(Accounts accounts, Recipients recipients, RecommendationService recommendations,
            FollowUpService followUps, ReportDrafts drafts, MailRenderer renderer, Outbox outbox,
            NotificationProperties properties) {
        this.accounts = accounts;
        this.recipients = recipients;
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.drafts = drafts;
        this.renderer = renderer;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Enqueues this week's digest of every account that chose it and has not had it; how many. */
    @Transactional
    public int enqueueDue(LocalDate today) {
        String period = MailText.week(today);
        int enqueued = 0;
        for (User user : accounts.activeWithEmail()) {
            String item = "user:" + user.getId();
            if (!recipients.preferences(user.getId()).weeklyDigest() || !MailText.deliverable(user.getEmail())
                    || recipients.unsubscribed(user.getEmail(), MailKind.DIGEST)
                    || outbox.logged(MailKind.DIGEST, item, period)) {
                continue;
            }
            MailMessage digest = render(user, today);
            if (digest != null && outbox.enqueueOnce(item, period, digest).isPresent()) {
                enqueued++;
            }
        }
        if (enqueued > 0) {
            log.info("{} weekly digests enqueued", enqueued);
        }
        return enqueued;
    }

    /** The account's digest of the seven days before {@code today}, or null when nothing happened for it. */
    @Transactional(readOnly = true)
    MailMessage render(User user, LocalDate today) {
        String language = MailText.languageOf(user.getPreferredLanguage());
        Viewer viewer = new Viewer(user.getUsername(), user.getRole());
        LocalDate from = today.minusDays(7);
        Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Map<String, Object>> signOffs = drafts.awaitingSignOff(user.getId()).stream()
                .map(pending -> Map.<String, Object>of("meeting", MailText.text(pending.meetingTitle(), language),
                        "side", pending.side().name(),
                        "language", message("mail.language." + pending.language(), language),
                        "url", properties.link("/meetings/" + pending.meetingId() + "/report/draft")))
                .toList();
        List<Map<String, Object>> created = recommendations.createdSince(since, LIMIT).stream()
                .map(summary -> recommendation(summary, language)).toList();
        List<Map<String, Object>> changes = recommendations.statusChangesSince(since, LIMIT).stream()
                .map(change -> change(change, language)).toList();
        List<Map<String, Object>> done = followUps.completedSince(from, LIMIT, viewer).stream()
                .map(view -> followUp(view, language)).toList();
        List<Map<String, Object>> overdue = followUps.overdue(today, LIMIT, viewer).stream()
                .map(view -> followUp(view, language)).toList();
        if (signOffs.isEmpty() && created.isEmpty() && changes.isEmpty() && done.isEmpty() && overdue.isEmpty()) {
            return null;
        }
        String fromText = MailText.date(from, language);
        String toText = MailText.date(today, language);
        Map<String, Object> variables = Map.of("userName", user.getDisplayName(), "from", fromText, "to", toText,
                "signOffs", signOffs, "created", created, "changes", changes, "done", done, "overdue", overdue);
        return renderer.render(MailKind.DIGEST, user.getEmail().strip(), List.of(), language, MailKind.DIGEST,
                variables, List.of(), toText);
    }

    private String message(String key, String language) {
        return renderer.message(key, language);
    }

    private Map<String, Object> recommendation(RecommendationSummary summary, String language) {
        return Map.of("reference", summary.reference(), "title", MailText.text(summary.title(), language),
                "url", properties.link("/recommendations/" + summary.id()));
    }

    private Map<String, Object> change(RecentStatusChange change, String language) {
        return Map.of("reference", change.reference(), "title", MailText.text(change.title(), language),
                "from", change.from() == null ? change.to().name() : change.from().name(), "to", change.to().name(),
                "url", properties.link("/recommendations/" + change.recommendationId()));
    }

    /** A follow-up as the viewer's pages show it: the owner is a participant's name only for organisers and admins. */
    private Map<String, Object> followUp(FollowUpView view, String language) {
        java.util.HashMap<String, Object> map = new java.util.HashMap<>();
        map.put("description", MailText.text(view.description(), language));
        map.put("reference", view.recommendationReference());
        map.put("owner", view.owner() == null ? null : view.owner().in(language));
        map.put("due", MailText.date(view.dueDate(), language));
        map.put("url", properties.link("/recommendations/" + view.recommendationId()));
        return map;
    }

}
