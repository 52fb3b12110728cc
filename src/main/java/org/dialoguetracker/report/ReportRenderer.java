package org.dialoguetracker.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link MeetingReport} into the report's HTML (Thymeleaf, {@code reports/meeting.html}, written as XHTML)
 * and that HTML into PDF ({@link Pdf}: openhtmltopdf, DejaVu Sans embedded so that Russian reads as Russian).
 */
@Component
class ReportRenderer {

    private static final String STYLESHEET = Pdf.read("/static/css/report.css");

    private final ITemplateEngine templates;

    ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report as a page: for the browser it links its stylesheet, for the PDF renderer it embeds it. */
    String html(MeetingReport report, boolean forPrint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("lang", report.language());
        variables.put("forPrint", forPrint);
        variables.put("stylesheet", forPrint ? null : STYLESHEET);
        return templates.process("reports/meeting", new Context(Locale.forLanguageTag(report.language()), variables));
    }

    byte[] pdf(MeetingReport report) {
        return Pdf.render(html(report, false), "Could not render the report");
    }
}
