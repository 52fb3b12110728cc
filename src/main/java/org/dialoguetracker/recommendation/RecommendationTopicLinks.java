package org.dialoguetracker.recommendation;

import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Recommendations link to topics: counted and relinked by a topic merge. */
@Component
@Order(2)
class RecommendationTopicLinks extends TopicLinks.JoinTable {

    RecommendationTopicLinks(JdbcTemplate jdbc) {
        super(jdbc, "recommendation_topic", "recommendation_id", "topic.merge.recommendations");
    }
}
