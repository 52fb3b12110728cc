package org.dialoguetracker.participant;

public enum Side {
    UK, RUSSIA, OTHER
}
