package org.dialoguetracker.followup;

/** A follow-up action that is done or cancelled already cannot be completed or cancelled again. */
public class FollowUpClosed extends RuntimeException {

    private final FollowUpStatus status;

    FollowUpClosed(FollowUpStatus status) {
        super("The follow-up action is " + status + " already");
        this.status = status;
    }

    public FollowUpStatus status() {
        return status;
    }
}
