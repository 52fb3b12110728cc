package org.dialoguetracker.export;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Downloads;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Recommendations as CSV and XLSX, with the filters of {@code /recommendations}, for every role that may read
 * them (recommendations carry no attribution). Written to the response as rows come from the database cursor, so
 * the size of an export does not matter to memory.
 */
@Controller
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int AUDITED_LENGTH = 300;

    private final RecommendationExports exports;

    private final RecommendationWorkbook workbook;

    private final ApplicationEventPublisher events;

    ExportController(RecommendationExports exports, RecommendationWorkbook workbook, ApplicationEventPublisher events) {
        this.exports = exports;
        this.workbook = workbook;
        this.events = events;
    }

    /** The recommendations {@code /recommendations} lists for the same parameters, in its order. */
    @GetMapping("/export/recommendations.csv")
    void csv(@ModelAttribute RecommendationQuery query, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT, "recommendations.csv" + describe(request)));
        exports.csv(query, Downloads.start(response, "recommendations.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8)));
    }

    /** The same, for people: labels in the reader's language ({@code ?lang=} or the session's), follow-ups too. */
    @GetMapping("/export/recommendations.xlsx")
    void xlsx(@ModelAttribute RecommendationQuery query, Locale locale, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT, "recommendations.xlsx" + describe(request)));
        workbook.write(query, locale, Viewer.of(authentication),
                Downloads.start(response, "recommendations.xlsx", XLSX));
    }

    /** The filters as the audit trail records them: the parameters as given, readable, within reason. */
    private static String describe(HttpServletRequest request) {
        String parameters = request.getQueryString();
        if (parameters == null) {
            return "";
        }
        String readable = URLDecoder.decode(parameters, StandardCharsets.UTF_8);
        return " ?" + (readable.length() > AUDITED_LENGTH ? readable.substring(0, AUDITED_LENGTH) + "…" : readable);
    }
}
