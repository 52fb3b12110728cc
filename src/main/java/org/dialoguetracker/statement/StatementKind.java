package org.dialoguetracker.statement;

public enum StatementKind {
    POSITION, AGREEMENT, DISAGREEMENT, PROPOSAL, QUOTE
}
