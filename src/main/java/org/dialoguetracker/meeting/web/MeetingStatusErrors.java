package org.dialoguetracker.meeting.web;

import org.dialoguetracker.meeting.MeetingStatusRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A step of the meeting's lifecycle its status does not allow, wherever it was asked for (this module's button, or
 * the report module's drafting and publishing): the 409 page, saying what the meeting's status is and what was
 * refused, with the way back to the meeting. Nothing was saved.
 */
@ControllerAdvice
class MeetingStatusErrors {

    private static final Logger log = LoggerFactory.getLogger(MeetingStatusErrors.class);

    @ExceptionHandler(MeetingStatusRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(MeetingStatusRefused refused, Model model) {
        log.info("Refused: {}", refused.getMessage());
        model.addAttribute("refused", refused);
        return "meetings/status-refused";
    }
}
