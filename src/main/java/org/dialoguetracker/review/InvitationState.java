package org.dialoguetracker.review;

/** Whether a review link works: it does while ACTIVE; an EXPIRED or REVOKED one gets the 410 page. */
public enum InvitationState {
    ACTIVE, EXPIRED, REVOKED
}
