package org.dialoguetracker.meeting;

public enum MeetingStatus {
    PLANNED, HELD, REPORT_DRAFTED, REPORT_PUBLISHED
}
