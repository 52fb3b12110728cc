package org.dialoguetracker.shared.history;

import org.hibernate.envers.RevisionListener;


import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" for changes made at start-up. */
public class RevisionUserListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision).setUsername(authentication == null || !authentication.isAuthenticated()
                ? SYSTEM : authentication.getName());
    }
}
