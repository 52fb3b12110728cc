package org.dialoguetracker.recommendation;

public enum Consensus {
    CONSENSUS, MAJORITY, UK_SIDE, RUSSIAN_SIDE
}
