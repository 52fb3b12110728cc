package org.dialoguetracker.topic;

import org.dialoguetracker.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    public TopicTree tree() {
        return TopicTree.of(topics.findAllOrdered());
    }

    /** The topic of this slug, with its place in the tree: parent and children. */
    public TopicPage page(String slug) {
        TopicTree tree = tree();
        TopicNode node = tree.find(slug).orElseThrow(() -> new NotFoundException("Topic", slug));
        TopicRef parent = tree.flatten().stream()
                .map(TopicTree.Entry::node)
                .filter(candidate -> candidate.children().stream().anyMatch(child -> child.slug().equals(slug)))
                .map(TopicNode::ref)
                .findFirst()
                .orElse(null);
        return new TopicPage(node, parent);
    }

    /** A topic page's frame: the topic and its parent (or null). */
    public record TopicPage(TopicNode topic, TopicRef parent) {
    }
}
