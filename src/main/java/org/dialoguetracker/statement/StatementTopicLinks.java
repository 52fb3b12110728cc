package org.dialoguetracker.statement;

import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Statements link to topics: counted and relinked by a topic merge. */
@Component
@Order(1)
class StatementTopicLinks extends TopicLinks.JoinTable {

    StatementTopicLinks(JdbcTemplate jdbc) {
        super(jdbc, "statement_topic", "statement_id", "topic.merge.statements");
    }
}
