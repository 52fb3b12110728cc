package org.dialoguetracker.recommendation;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;

import org.springframework.stereotype.Component;

/** This module's organisers' pages, for the pages' security chain. */
@Component
class RecommendationAccess implements AccessRules {

    @Override
    public Set<String> organiserPages() {
        return Set.of("new", "edit", "status", "archive");
    }
}
