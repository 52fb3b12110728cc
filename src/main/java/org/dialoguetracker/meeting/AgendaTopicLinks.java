package org.dialoguetracker.meeting;

import org.dialoguetracker.topic.TopicLinks;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Agenda sessions link to topics: counted and relinked by a topic merge. */
@Component
@Order(3)
class AgendaTopicLinks extends TopicLinks.JoinTable {

    AgendaTopicLinks(JdbcTemplate jdbc) {
        super(jdbc, "agenda_item_topic", "agenda_item_id", "topic.merge.agendaItems");
    }
}
