package org.dialoguetracker.recommendation;

public enum Feasibility {
    REALISTIC, POSSIBLE, UNLIKELY
}
