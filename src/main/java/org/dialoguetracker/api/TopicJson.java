package org.dialoguetracker.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dialoguetracker.topic.TopicNode;

/** A topic of the taxonomy, with its subtopics. */
@Schema(name = "Topic", description = "A security topic of the taxonomy, with its subtopics in order.")
record TopicJson(
        @Schema(description = "Its stable name in addresses: /topics/{slug}, ?topic={slug}") String slug,
        Text name,
        Text description,
        @Schema(description = "Live recommendations tagged with this very topic") long recommendationCount,
        @Schema(description = "Live recommendations tagged with it or with any topic below it, each counted once; "
                + "what ?topic={slug} gives") long recommendationCountWithSubtopics,
        List<TopicJson> children) {

    static TopicJson of(TopicNode node, Map<Long, Long> direct, Map<Long, Long> withSubtopics) {
        return new TopicJson(node.slug(), Text.of(node.name()), Text.of(node.description()),
                direct.getOrDefault(node.id(), 0L), withSubtopics.getOrDefault(node.id(), 0L),
                node.children().stream().map(child -> of(child, direct, withSubtopics)).toList());
    }
}
