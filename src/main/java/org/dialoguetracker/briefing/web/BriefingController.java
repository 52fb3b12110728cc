package org.dialoguetracker.briefing.web;

import java.nio.charset.StandardCharsets;

import org.dialoguetracker.briefing.BriefingDocuments;
import org.dialoguetracker.briefing.BriefingService;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The briefing before a round, for every signed-in role, each within the attribution view of their role: as a page
 * (printable: the navigation is left out on paper) and as PDF in English or Russian.
 */
@Controller
class BriefingController {

    private final BriefingService briefings;

    private final BriefingDocuments documents;

    private final ApplicationEventPublisher events;

    BriefingController(BriefingService briefings, BriefingDocuments documents, ApplicationEventPublisher events) {
        this.briefings = briefings;
        this.documents = documents;
        this.events = events;
    }

    @GetMapping("/meetings/{id}/briefing")
    String page(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("briefing", briefings.firstRowsBefore(id, Viewer.of(authentication)));
        return "briefing/page";
    }

    @GetMapping("/meetings/{id}/briefing.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(defaultValue = "en") Language lang,
            Authentication authentication) {
        byte[] pdf = documents.pdf(briefings.before(id, Viewer.of(authentication)), lang.name());
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT,
                "briefing.pdf of meeting " + id + " (" + lang.name() + ")"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("meeting-" + id + "-briefing-" + lang.name() + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }

    /** The languages of the PDF; anything else in {@code ?lang=} is a bad request. */
    enum Language {
        en, ru
    }
}
