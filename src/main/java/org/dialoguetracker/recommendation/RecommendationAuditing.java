package org.dialoguetracker.recommendation;

import org.dialoguetracker.shared.history.AuditedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** How the audit trail names and links a change to a recommendation. */
@Configuration(proxyBeanMethods = false)
class RecommendationAuditing {

    @Bean
    @Order(20)
    AuditedRecords<Recommendation> recommendationRecords() {
        return new AuditedRecords<>(Recommendation.class, RecommendationHistory.DESCRIBER,
                recommendation -> "/recommendations/" + recommendation.getId());
    }
}
