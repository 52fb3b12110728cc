package org.dialoguetracker.statement;

public enum StatementSide {
    UK, RUSSIA, BOTH
}
