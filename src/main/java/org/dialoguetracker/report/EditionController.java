package org.dialoguetracker.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published editions of a meeting's report, for every signed-in reader: the latest (or an earlier) edition in
 * the reader's language with its difference from the one before, the frozen PDFs (ETag: their SHA-256) and a DOCX
 * printed from the frozen text. A meeting without an edition has no such page (404).
 */
@Controller
class EditionController {

    static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final EditionService editions;

    private final ApplicationEventPublisher events;

    EditionController(EditionService editions, ApplicationEventPublisher events) {
        this.editions = editions;
        this.events = events;
    }

    @GetMapping("/meetings/{id}/report/editions")
    String latest(@PathVariable Long id, Locale locale, Model model) {
        model.addAttribute("page", editions.page(id, null, language(locale)));
        return "reports/editions";
    }

    @GetMapping("/meetings/{id}/report/editions/{n}")
    String edition(@PathVariable Long id, @PathVariable int n, Locale locale, Model model) {
        model.addAttribute("page", editions.page(id, n, language(locale)));
        return "reports/editions";
    }

    @GetMapping("/meetings/{id}/report/editions/{n}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable int n,
            @RequestParam(defaultValue = "en") ReportController.ReportLanguage lang,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        EditionStore.StoredPdf pdf = editions.pdf(id, n, lang.code());
        return stored(pdf, ifNoneMatch, "meeting-" + id + "-report-edition-" + n + "-" + lang.code() + ".pdf",
                "report edition " + n + " of meeting " + id + " (" + lang.code() + ", pdf)");
    }

    @GetMapping("/meetings/{id}/report/editions/{n}.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id, @PathVariable int n,
            @RequestParam(defaultValue = "en") ReportController.ReportLanguage lang) {
        byte[] docx = editions.docx(id, n, lang.code());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT,
                "report edition " + n + " of meeting " + id + " (" + lang.code() + ", docx)"));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + id + "-report-edition-" + n + "-" + lang.code() + ".docx",
                                StandardCharsets.UTF_8)
                        .build().toString())
                .body(docx);
    }

    /**
     * A frozen PDF as published, its SHA-256 the ETag: a browser that holds it gets 304. Every download is an
     * entry of the audit trail, as the record-based report's.
     */
    ResponseEntity<byte[]> stored(EditionStore.StoredPdf pdf, String ifNoneMatch, String filename, String audit) {
        String etag = "\"" + pdf.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT, audit));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf.bytes());
    }

    private static String language(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }
}
