package org.dialoguetracker.export;

import java.time.LocalDate;

/**
 * One follow-up action of an exported recommendation. The owner is what the reader may see of it: a person's name
 * for organisers and admins only, otherwise the person's institution (as the follow-up pages show it).
 */
record FollowUpRow(String reference, String descriptionEn, String descriptionRu, String owner, LocalDate dueDate,
        String status, LocalDate completedOn, String completionNote, boolean overdue) {
}
