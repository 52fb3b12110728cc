package org.dialoguetracker.meeting;

import jakarta.persistence.EntityManager;
import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Agenda sessions link to topics: counted and relinked by a topic merge, through the entities, so that each record
 * moved gets a revision in its History.
 */
@Component
@Order(3)
class AgendaTopicLinks extends TopicLinks.AuditedJoinTable<AgendaItem> {

    AgendaTopicLinks(JdbcTemplate jdbc, EntityManager entityManager) {
        super(jdbc, entityManager, AgendaItem.class, "agenda_item_topic", "agenda_item_id",
                "topic.merge.agendaItems", AgendaItem::getTopics);
    }
}
