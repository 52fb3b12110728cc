package org.dialoguetracker.participant;

public enum Capacity {
    EXPERT, OFFICIAL, MILITARY, PRACTITIONER, OBSERVER, ORGANISER
}
