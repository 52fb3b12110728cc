package org.dialoguetracker.followup;

public enum FollowUpStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
