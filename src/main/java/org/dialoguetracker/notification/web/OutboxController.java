package org.dialoguetracker.notification.web;

import java.util.Locale;

import org.dialoguetracker.notification.MailDelivery;
import org.dialoguetracker.notification.MailKind;
import org.dialoguetracker.notification.MailMessage;
import org.dialoguetracker.notification.MailStatus;
import org.dialoguetracker.notification.NotificationJobs;
import org.dialoguetracker.notification.NotificationProperties;
import org.dialoguetracker.notification.Outbox;
import org.dialoguetracker.notification.OutboxEntry;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox, for admins: every mail as it is (or will be) sent, whether a mail server is configured, and running the
 * jobs now. A guest reviewer's link is masked on these pages.
 */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 25;

    private final Outbox outbox;

    private final MailDelivery delivery;

    private final NotificationJobs jobs;

    private final NotificationProperties properties;

    private final ApplicationEventPublisher events;

    OutboxController(Outbox outbox, MailDelivery delivery, NotificationJobs jobs, NotificationProperties properties,
            ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.jobs = jobs;
        this.properties = properties;
        this.events = events;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) MailKind kind, @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("mails", outbox.page(kind, status, Paging.page(page), PAGE_SIZE));
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("kinds", MailKind.values());
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("delivering", delivery.configured());
        model.addAttribute("giveUpDays", properties.giveUpAfter().toDays());
        model.addAttribute("keepDays", properties.keepSent().toDays());
        return "notifications/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable Long id, Model model) {
        OutboxEntry entry = outbox.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("mail", entry.mail());
        model.addAttribute("text", Outbox.masked(entry.text()));
        model.addAttribute("html", Outbox.masked(entry.html()));
        model.addAttribute("delivering", delivery.configured());
        return "notifications/mail";
    }

    @GetMapping("/admin/outbox/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
        MailMessage.Attachment attachment = outbox.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }

    @PostMapping("/admin/outbox/run")
    String run(RedirectAttributes redirect) {
        NotificationJobs.Run run = jobs.runNow();
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.NOTIFICATIONS_RUN, run.ran()
                ? String.format(Locale.ROOT, "ran the mail jobs now: %d reminders and %d digests enqueued, %d sent, "
                        + "%d failed, %d given up, %d removed by the retention", run.reminders(), run.digests(),
                        run.sent(), run.failed(), run.expired(), run.removed())
                : "asked to run the mail jobs now while another instance ran them"));
        redirect.addFlashAttribute("run", run);
        redirect.addFlashAttribute("runDelivering", delivery.configured());
        return "redirect:/admin/outbox";
    }
}
