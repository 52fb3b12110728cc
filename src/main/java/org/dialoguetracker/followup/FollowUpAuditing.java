package org.dialoguetracker.followup;

import org.dialoguetracker.shared.history.AuditedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** How the audit trail names and links a change to a follow-up action: on its recommendation's page. */
@Configuration(proxyBeanMethods = false)
class FollowUpAuditing {

    @Bean
    @Order(40)
    AuditedRecords<FollowUpAction> followUpRecords() {
        return new AuditedRecords<>(FollowUpAction.class, FollowUpHistory.DESCRIBER,
                action -> action.getRecommendation() == null ? null
                        : "/recommendations/" + action.getRecommendation().getId());
    }
}
