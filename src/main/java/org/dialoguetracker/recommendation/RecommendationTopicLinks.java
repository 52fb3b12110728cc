package org.dialoguetracker.recommendation;

import jakarta.persistence.EntityManager;
import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recommendations link to topics: counted and relinked by a topic merge, through the entities, so that each record
 * moved gets a revision in its History.
 */
@Component
@Order(2)
class RecommendationTopicLinks extends TopicLinks.AuditedJoinTable<Recommendation> {

    RecommendationTopicLinks(JdbcTemplate jdbc, EntityManager entityManager) {
        super(jdbc, entityManager, Recommendation.class, "recommendation_topic", "recommendation_id",
                "topic.merge.recommendations", Recommendation::getTopics);
    }
}
