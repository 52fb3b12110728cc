package org.dialoguetracker.report;

/** Whether a report draft is being worked on, or stands as published until a correction reopens it. */
enum DraftState {
    OPEN, PUBLISHED
}
