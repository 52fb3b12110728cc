package org.dialoguetracker.meeting;

import java.time.LocalDate;

import org.dialoguetracker.shared.Bilingual;

/** A meeting as a link: title, place and date. */
public record MeetingRef(Long id, Bilingual title, Bilingual city, LocalDate startDate) {

    /** As a query selects it, column by column, without loading the meeting. */
    public MeetingRef(Long id, String titleEn, String titleRu, String cityEn, String cityRu, LocalDate startDate) {
        this(id, new Bilingual(titleEn, titleRu), new Bilingual(cityEn, cityRu), startDate);
    }

    public static MeetingRef of(Meeting meeting) {
        return new MeetingRef(meeting.getId(), meeting.getTitle(), meeting.getCity(), meeting.getStartDate());
    }
}
