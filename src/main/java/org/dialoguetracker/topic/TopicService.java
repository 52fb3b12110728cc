package org.dialoguetracker.topic;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;

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

    /** The whole tree as choices for select boxes, children indented under their parent. */
    public List<Option> options() {
        return tree().flatten().stream()
                .map(entry -> new Option(entry.node().id(), entry.node().name(), entry.depth()))
                .toList();
    }

    /** The topics of these ids; ids that name no topic are left out. */
    public Set<Topic> findAll(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? Set.of() : new LinkedHashSet<>(topics.findAllById(ids));
    }

    /** A topic page's frame: the topic and its parent (or null). */
    public record TopicPage(TopicNode topic, TopicRef parent) {
    }
}
