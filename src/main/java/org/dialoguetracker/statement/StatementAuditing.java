package org.dialoguetracker.statement;

import org.dialoguetracker.shared.history.AuditedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** How the audit trail names and links a change to a statement: on its meeting's page. */
@Configuration(proxyBeanMethods = false)
class StatementAuditing {

    @Bean
    @Order(30)
    AuditedRecords<Statement> statementRecords() {
        return new AuditedRecords<>(Statement.class, StatementHistory.DESCRIBER,
                statement -> statement.getMeeting() == null ? null : "/meetings/" + statement.getMeeting().getId());
    }
}
