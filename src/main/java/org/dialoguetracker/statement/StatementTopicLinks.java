package org.dialoguetracker.statement;

import jakarta.persistence.EntityManager;
import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statements link to topics: counted and relinked by a topic merge, through the entities, so that each record
 * moved gets a revision in its History.
 */
@Component
@Order(1)
class StatementTopicLinks extends TopicLinks.AuditedJoinTable<Statement> {

    StatementTopicLinks(JdbcTemplate jdbc, EntityManager entityManager) {
        super(jdbc, entityManager, Statement.class, "statement_topic", "statement_id",
                "topic.merge.statements", Statement::getTopics);
    }
}
