package org.dialoguetracker.statement;

import java.util.Set;

import org.dialoguetracker.shared.AccessRules;

import org.springframework.stereotype.Component;

/** This module's organisers' pages, for the pages' security chain. */
@Component
class StatementAccess implements AccessRules {

    @Override
    public Set<String> organiserPages() {
        return Set.of("edit", "minutes");
    }
}
