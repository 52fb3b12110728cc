package org.dialoguetracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.topic.TopicRef;

/** How the API's answers name a topic or a meeting they refer to. */
final class Links {

    private Links() {
    }

    @Schema(name = "TopicLink", description = "A topic, by its slug (as in /topics/{slug} and ?topic=).")
    record TopicLink(String slug, Text name) {

        static TopicLink of(TopicRef topic) {
            return new TopicLink(topic.slug(), Text.of(topic.name()));
        }
    }

    @Schema(name = "MeetingLink", description = "A meeting, by its id (as in /meetings/{id} and ?meeting=).")
    record MeetingLink(Long id, Text title, Text city, LocalDate startDate) {

        static MeetingLink of(MeetingRef meeting) {
            return new MeetingLink(meeting.id(), Text.of(meeting.title()), Text.of(meeting.city()),
                    meeting.startDate());
        }
    }
}
