package org.dialoguetracker.participant;

public enum AttendanceRole {
    CHAIR, SPEAKER, RAPPORTEUR, PARTICIPANT
}
