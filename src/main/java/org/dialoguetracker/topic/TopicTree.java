package org.dialoguetracker.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole taxonomy, built from one query. */
public record TopicTree(List<TopicNode> roots) {

    static TopicTree of(List<Topic> orderedTopics) {
        Map<Long, List<Topic>> childrenByParent = new LinkedHashMap<>();
        for (Topic topic : orderedTopics) {
            Long parentId = topic.getParent() == null ? null : topic.getParent().getId();
            childrenByParent.computeIfAbsent(parentId, id -> new ArrayList<>()).add(topic);
        }
        return new TopicTree(build(null, childrenByParent));
    }

    private static List<TopicNode> build(Long parentId, Map<Long, List<Topic>> childrenByParent) {
        return childrenByParent.getOrDefault(parentId, List.of()).stream()
                .map(topic -> new TopicNode(topic.getId(), topic.getSlug(), topic.getName(), topic.getDescription(),
                        build(topic.getId(), childrenByParent)))
                .toList();
    }

    /** Every node, depth first, with its depth: what a select box of topics lists. */
    public List<Entry> flatten() {
        List<Entry> entries = new ArrayList<>();
        roots.forEach(root -> flatten(root, 0, entries));
        return entries;
    }

    public Optional<TopicNode> find(String slug) {
        return flatten().stream().map(Entry::node).filter(node -> node.slug().equals(slug)).findFirst();
    }

    private static void flatten(TopicNode node, int depth, List<Entry> entries) {
        entries.add(new Entry(node, depth));
        node.children().forEach(child -> flatten(child, depth + 1, entries));
    }

    public record Entry(TopicNode node, int depth) {
    }
}
