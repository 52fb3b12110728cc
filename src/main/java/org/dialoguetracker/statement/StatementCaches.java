package org.dialoguetracker.statement;

import org.dialoguetracker.shared.KeptCache;
import org.dialoguetracker.statement.StatementSearch.Matches;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What this module keeps per data version of the statements (V13), with its default bounds; see {@link StatementSearch}. */
@Configuration(proxyBeanMethods = false)
class StatementCaches {

    /** What searches found (a count, the order of the ranked matches), by data version and query. */
    static final String MATCHES = "statement-matches";

    /** At most about 8 MB: weighed in ids, a thousand at most per search. */
    @Bean
    KeptCache statementMatches() {
        return KeptCache.weighed(MATCHES, 1_000_000, Matches.class, Matches::weight);
    }
}
