package org.dialoguetracker.meeting;

public enum MeetingFormat {
    IN_PERSON, ONLINE, HYBRID
}
