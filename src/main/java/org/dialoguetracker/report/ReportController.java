package org.dialoguetracker.report;

import java.nio.charset.StandardCharsets;

import org.dialoguetracker.meeting.MeetingStatus;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The conference report of a meeting, in English or Russian: as PDF, and as a print-friendly page. Researchers
 * get the reports of published meetings; organisers and admins every meeting's, drafts included.
 */
@Controller
class ReportController {

    private final MeetingReportService reports;

    private final ReportRenderer renderer;

    private final ApplicationEventPublisher events;

    private final EditionService editions;

    private final EditionController editionDownloads;

    ReportController(MeetingReportService reports, ReportRenderer renderer, ApplicationEventPublisher events,
            EditionService editions, EditionController editionDownloads) {
        this.reports = reports;
        this.renderer = renderer;
        this.events = events;
        this.editions = editions;
        this.editionDownloads = editionDownloads;
    }

    /**
     * The latest published edition's PDF as it was frozen, when the meeting has one; otherwise the report printed
     * from the records now.
     */
    @GetMapping("/meetings/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(defaultValue = "en") ReportLanguage lang,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Authentication authentication) {
        var edition = editions.latestPdf(id, lang.code());
        if (edition.isPresent()) {
            return editionDownloads.stored(edition.get(), ifNoneMatch, "meeting-" + id + "-report-" + lang.code()
                    + ".pdf", "report.pdf of meeting " + id + " (" + lang.code() + ", latest edition)");
        }
        MeetingReport report = allowed(id, lang, authentication);
        byte[] pdf = renderer.pdf(report);
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT,
                "report.pdf of meeting " + id + " (" + lang.code() + ")"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("meeting-" + id + "-report-" + lang.code() + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }

    @GetMapping("/meetings/{id}/report")
    ResponseEntity<String> printable(@PathVariable Long id, @RequestParam(defaultValue = "en") ReportLanguage lang,
            Authentication authentication) {
        MeetingReport report = allowed(id, lang, authentication);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(renderer.html(report, true));
    }

    private MeetingReport allowed(Long id, ReportLanguage lang, Authentication authentication) {
        MeetingReport report = reports.report(id, lang.code());
        if (!Viewer.of(authentication).seesEverything()
                && report.meeting().status() != MeetingStatus.REPORT_PUBLISHED) {
            throw new AccessDeniedException("the report of meeting " + id + " is not published");
        }
        return report;
    }

    /** The languages a report is written in; anything else in {@code ?lang=} is a bad request. */
    enum ReportLanguage {
        en, ru;

        String code() {
            return name();
        }
    }
}
