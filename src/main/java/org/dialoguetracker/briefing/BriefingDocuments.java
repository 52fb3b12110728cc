package org.dialoguetracker.briefing;

import java.util.Locale;
import java.util.Map;

import org.dialoguetracker.report.Pdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The briefing as PDF, in one language: {@code briefing/document.html} (the page's own parts, with the report's
 * stylesheet and the briefing's embedded) through the report's renderer, openhtmltopdf with DejaVu Sans embedded.
 */
@Component
public class BriefingDocuments {

    private static final String STYLESHEET = Pdf.read("/static/css/report.css") + Pdf.read("/static/css/briefing.css");

    private final ITemplateEngine templates;

    BriefingDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The briefing in {@code language} ("en" or "ru") as PDF. */
    public byte[] pdf(Briefing briefing, String language) {
        Context context = new Context(Locale.forLanguageTag(language),
                Map.of("briefing", briefing, "stylesheet", STYLESHEET));
        return Pdf.render(templates.process("briefing/document", context), "Could not render the briefing");
    }
}
