package org.dialoguetracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.meeting.MeetingFormat;
import org.dialoguetracker.meeting.MeetingStatus;
import org.dialoguetracker.meeting.TrackLevel;
import org.dialoguetracker.shared.AttributionRule;

/** A meeting as the API lists it: no attendee, whoever asks; attendee lists are for the tracker's organisers. */
@Schema(name = "Meeting", description = "One round of a dialogue. Attendees are never listed by the API.")
record MeetingJson(
        Long id,
        @Schema(description = "The dialogue (series of rounds) it belongs to") Text dialogue,
        Text title,
        Text city,
        @Schema(description = "The host institution, by its short name where it has one; null when none was "
                + "recorded", nullable = true) Text host,
        LocalDate startDate,
        LocalDate endDate,
        MeetingFormat format,
        TrackLevel trackLevel,
        @Schema(description = "How much attribution its statements may carry: NONE (Chatham House Rule), SIDE, NAMED")
        AttributionRule attributionRule,
        MeetingStatus status,
        Text summary,
        @Schema(description = "How many key points (statements) were recorded") long statementCount,
        @Schema(description = "How many live (not archived) recommendations came from it") long recommendationCount) {
}
