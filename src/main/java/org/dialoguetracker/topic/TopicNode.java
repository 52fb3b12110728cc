package org.dialoguetracker.topic;

import java.util.List;
import java.util.stream.Stream;

import org.dialoguetracker.shared.Bilingual;

/** A topic in the tree, with its children in order. */
public record TopicNode(Long id, String slug, Bilingual name, Bilingual description, List<TopicNode> children) {

    /** This topic's id and the ids of every topic below it. */
    public List<Long> subtreeIds() {
        return Stream.concat(Stream.of(id),
                children.stream().flatMap(child -> child.subtreeIds().stream())).toList();
    }

    public TopicRef ref() {
        return new TopicRef(slug, name);
    }
}
