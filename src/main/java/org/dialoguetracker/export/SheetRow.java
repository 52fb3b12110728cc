package org.dialoguetracker.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recommendation as the XLSX writes it for people: its texts in both languages, its topics and meeting named
 * in the reader's language (the other one where that is missing), its codes turned into labels by the writer.
 */
record SheetRow(String reference, String titleEn, String titleRu, String textEn, String textRu, String topics,
        String status, String feasibility, String addressedTo, String consensus, String meeting,
        LocalDate meetingDate, long openFollowUps, Instant updatedAt) {
}
