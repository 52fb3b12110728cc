package org.dialoguetracker.meeting;

import org.dialoguetracker.shared.history.AuditedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** How the audit trail names and links a change to a meeting or to one of its agenda items (on the meeting's page). */
@Configuration(proxyBeanMethods = false)
class MeetingAuditing {

    @Bean
    @Order(10)
    AuditedRecords<Meeting> meetingRecords() {
        return new AuditedRecords<>(Meeting.class, MeetingHistory.MEETING, meeting -> "/meetings/" + meeting.getId());
    }

    @Bean
    @Order(11)
    AuditedRecords<AgendaItem> agendaItemRecords() {
        return new AuditedRecords<>(AgendaItem.class, MeetingHistory.AGENDA_ITEM,
                item -> item.getMeeting() == null ? null : "/meetings/" + item.getMeeting().getId());
    }
}
