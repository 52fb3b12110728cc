package org.dialoguetracker.shared;

public enum Side {
    UK, RUSSIA, OTHER
}
