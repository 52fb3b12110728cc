package org.dialoguetracker.report;

import java.sql.SQLException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the report's pages share: times shown in UTC, a sign-off over a text that changed meanwhile answered with the
 * 409 page that says so, and a published edition's refusal by the database (V20's trigger) with the 409 page, never
 * a 500.
 */
@ControllerAdvice(assignableTypes = { DraftController.class, SignOffController.class, EditionController.class,
        ReportController.class })
class ReportPages {

    private static final Logger log = LoggerFactory.getLogger(ReportPages.class);

    /** The SQLSTATE of V20's refusal to change a published edition. */
    static final String EDITION_FROZEN = "DT001";

    @ExceptionHandler(SignOffService.StaleText.class)
    String staleText(SignOffService.StaleText stale, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("meetingId", stale.meetingId());
        return "reports/stale-text";
    }

    /** The editions are written with plain SQL ({@link EditionStore}), whose unknown SQLSTATEs arrive as this. */
    @ExceptionHandler(UncategorizedSQLException.class)
    String frozen(UncategorizedSQLException ex, HttpServletResponse response) {
        if (!(ex.getMostSpecificCause() instanceof SQLException sql) || !EDITION_FROZEN.equals(sql.getSQLState())) {
            throw ex;
        }
        log.warn("A change to a published edition was refused: {}", sql.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}
