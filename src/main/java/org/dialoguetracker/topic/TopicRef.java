package org.dialoguetracker.topic;

import org.dialoguetracker.shared.Bilingual;

/** A topic as a link: what lists of recommendations and statements show. */
public record TopicRef(String slug, Bilingual name) {

    public static TopicRef of(Topic topic) {
        return new TopicRef(topic.getSlug(), topic.getName());
    }
}
