package org.dialoguetracker.meeting;

import java.time.LocalDate;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;

/** A meeting as lists show it. */
public record MeetingSummary(Long id, Bilingual dialogue, Bilingual title, Bilingual city, Bilingual host,
        LocalDate startDate, LocalDate endDate, AttributionRule attributionRule, MeetingStatus status) {

    static MeetingSummary of(Meeting meeting) {
        return new MeetingSummary(meeting.getId(), meeting.getDialogue().getName(), meeting.getTitle(),
                meeting.getCity(), meeting.getHostInstitution() == null ? null : meeting.getHostInstitution().getLabel(),
                meeting.getStartDate(), meeting.getEndDate(), meeting.getAttributionRule(), meeting.getStatus());
    }
}
