package org.dialoguetracker.meeting;

import java.time.LocalDate;

import org.dialoguetracker.shared.Bilingual;

/** A meeting as a mark on a timeline: its date, title and city, format and status. */
public record MeetingMark(Long id, Bilingual title, Bilingual city, LocalDate startDate, MeetingFormat format,
        MeetingStatus status) {

    /** The constructor of the query's projection. */
    public MeetingMark(Long id, String titleEn, String titleRu, String cityEn, String cityRu, LocalDate startDate,
            MeetingFormat format, MeetingStatus status) {
        this(id, new Bilingual(titleEn, titleRu), new Bilingual(cityEn, cityRu), startDate, format, status);
    }
}
