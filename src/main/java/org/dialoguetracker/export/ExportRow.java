package org.dialoguetracker.export;

import java.time.Instant;
import java.time.LocalDate;

/** One recommendation as the exports write it: the columns of the product brief, in order. */
record ExportRow(String reference, String titleEn, String titleRu, String topics, String status, String feasibility,
        String addressedTo, String consensus, String meeting, LocalDate meetingDate, long openFollowUps,
        Instant updatedAt) {

    static final String[] HEADER = { "reference", "title_en", "title_ru", "topics", "status", "feasibility",
            "addressed_to", "consensus", "meeting", "meeting_date", "open_follow_ups", "updated_at" };
}
