package org.dialoguetracker.participant;

public enum InstitutionKind {
    THINK_TANK, GOVERNMENT, MILITARY, ACADEMIA, NGO, MEDIA, OTHER
}
