package org.dialoguetracker.meeting;

import java.time.LocalDate;

import org.dialoguetracker.system.Bilingual;

/** A meeting as a link: title, place and date. */
public record MeetingRef(Long id, Bilingual title, Bilingual city, LocalDate startDate) {

    public static MeetingRef of(Meeting meeting) {
        return new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getCity(), meeting.getStartDate());
    }
}
