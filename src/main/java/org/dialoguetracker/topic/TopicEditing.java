package org.dialoguetracker.topic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialoguetracker.shared.AccessRules;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * How organisers and admins keep the taxonomy: create topics, rename them in both languages, move them in the
 * tree, and merge one topic into another with everything linked to it. The tree never loops: a topic cannot go
 * under itself or its own descendants (checked here with a message, and by a trigger in the database).
 */
@Service
@Transactional
public class TopicEditing {

    /**
     * Slugs that are page names: the last path segments that every module keeps for organisers' pages, such as
     * {@code /topics/new} (a topic called "history" would be refused to researchers).
     */
    private final Set<String> reserved;

    private final TopicRepository topics;

    private final TopicService reading;

    /** Every module's links to topics, in their order: what a merge counts and moves. */
    private final List<TopicLinks> links;

    TopicEditing(TopicRepository topics, TopicService reading, List<TopicLinks> links, List<AccessRules> access) {
        this.links = links;
        this.reserved = access.stream().flatMap(module -> module.organiserPages().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.topics = topics;
        this.reading = reading;
    }

    /** A blank form, under the parent of this slug if there is one. */
    @Transactional(readOnly = true)
    public TopicForm blankForm(String parentSlug) {
        return TopicForm.blank(parentSlug == null ? null : topics.findBySlug(parentSlug).map(Topic::getId).orElse(null));
    }

    @Transactional(readOnly = true)
    public TopicForm editForm(String slug) {
        return TopicForm.of(topic(slug));
    }

    /**
     * Every topic as a possible parent, indented by depth, except {@code slug} and what lies below it (where the
     * topic cannot go).
     */
    @Transactional(readOnly = true)
    public List<Option> parentOptions(String slug) {
        TopicTree tree = reading.tree();
        List<Long> excluded = slug == null ? List.of()
                : tree.find(slug).map(TopicNode::subtreeIds).orElse(List.of());
        return tree.flatten().stream()
                .filter(entry -> !excluded.contains(entry.node().id()))
                .map(entry -> new Option(entry.node().id(), indented(entry.node().name(), entry.depth())))
                .toList();
    }

    /**
     * Checks the form against the tree: a free slug (proposed from the name when left empty), an existing parent
     * that is not the topic itself nor below it.
     *
     * @param slug the topic being edited, null for a new one
     */
    @Transactional(readOnly = true)
    public void validate(String slug, TopicForm form, Errors errors) {
        form.validate(errors);
        Optional<Topic> edited = slug == null ? Optional.empty() : Optional.of(topic(slug));
        if (!errors.hasFieldErrors("slug") && !errors.hasFieldErrors("nameEn")) {
            String resolved = resolveSlug(form);
            Long id = edited.map(Topic::getId).orElse(null);
            if (resolved.isEmpty()) {
                errors.rejectValue("slug", "topic.form.slug.cannotPropose");
            }
            else if (reserved.contains(resolved)) {
                errors.rejectValue("slug", "topic.form.slug.reserved", new Object[] { resolved }, null);
            }
            else if (id == null ? topics.existsBySlug(resolved) : topics.existsBySlugAndIdNot(resolved, id)) {
                errors.rejectValue("slug", "topic.form.slug.taken", new Object[] { resolved }, null);
            }
        }
        if (form.parentId() != null) {
            if (!topics.existsById(form.parentId())) {
                errors.rejectValue("parentId", "form.choice.unknown");
            }
            else if (edited.isPresent() && below(edited.get().getSlug(), form.parentId())) {
                errors.rejectValue("parentId", "topic.form.parent.descendant");
            }
        }
    }

    /** Creates the topic; returns its slug. */
    public String create(TopicForm form) {
        String slug = resolveSlug(form);
        Topic topic = new Topic(null, slug, Bilingual.EMPTY, 0);
        topic.apply(form, slug, parent(form), position(form, null));
        return topics.save(topic).getSlug();
    }

    /** Saves the topic; returns its slug, which the form may have changed. */
    public String update(String slug, TopicForm form) {
        Topic topic = topic(slug);
        Versions.check(Topic.class, topic.getId(), topic.getVersion(), form.version());
        String newSlug = resolveSlug(form);
        topic.apply(form, newSlug, parent(form), position(form, topic));
        topics.flush();
        return newSlug;
    }

    /** What merging this topic away would move. */
    @Transactional(readOnly = true)
    public MergePreview mergePreview(String slug) {
        TopicNode node = reading.tree().find(slug).orElseThrow(() -> new NotFoundException("Topic", slug));
        List<LinkCount> counts = links.stream()
                .map(link -> new LinkCount(link.countMessage(), link.count(node.id()))).toList();
        return new MergePreview(node, counts, topics.countChildren(node.id()));
    }

    /** Every topic this one may be merged into: any but itself and those below it. */
    @Transactional(readOnly = true)
    public List<Option> mergeTargets(String slug) {
        return parentOptions(slug);
    }

    @Transactional(readOnly = true)
    public void validateMerge(String slug, TopicMergeForm form, Errors errors) {
        form.validate(errors);
        Topic source = topic(slug);
        if (form.targetId() == null) {
            return;
        }
        if (form.targetId().equals(source.getId())) {
            errors.rejectValue("targetId", "topic.merge.target.self");
        }
        else if (!topics.existsById(form.targetId())) {
            errors.rejectValue("targetId", "form.choice.unknown");
        }
        else if (below(slug, form.targetId())) {
            errors.rejectValue("targetId", "topic.merge.target.descendant");
        }
    }

    /**
     * Merges the topic of this slug into the target, in one transaction: every record linked to it (each module's
     * {@link TopicLinks}: statements, recommendations, agenda items) is linked to the target instead (once, if it already was), its children move under
     * the target after the target's own, and the topic is deleted. Returns the target's slug.
     */
    public String merge(String slug, TopicMergeForm form) {
        Topic source = topics.findBySlugForMerge(slug).orElseThrow(() -> new NotFoundException("Topic", slug));
        Topic target = topics.findById(form.targetId()).orElseThrow();
        if (source.getId().equals(target.getId()) || below(slug, target.getId())) {
            throw new IllegalArgumentException("cannot merge topic " + slug + " into itself or below it");
        }
        for (TopicLinks link : links) {
            link.relink(source.getId(), target.getId());
        }
        topics.adoptChildren(source.getId(), target.getId(), topics.nextPosition(target.getId()));
        topics.deleteMerged(source.getId());
        return target.getSlug();
    }

    private Topic topic(String slug) {
        return topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("Topic", slug));
    }

    private Topic parent(TopicForm form) {
        return form.parentId() == null ? null : topics.findById(form.parentId()).orElseThrow();
    }

    /** The position asked for, else the saved one if the topic stays under the same parent, else after the last. */
    private int position(TopicForm form, Topic topic) {
        if (form.position() != null) {
            return form.position();
        }
        Long oldParent = topic == null || topic.getParent() == null ? null : topic.getParent().getId();
        if (topic != null && Objects.equals(oldParent, form.parentId())) {
            return topic.getPosition();
        }
        return form.parentId() == null ? topics.nextRootPosition() : topics.nextPosition(form.parentId());
    }

    /** The slug typed, or else one made of the English name, or else of the Russian one. */
    private static String resolveSlug(TopicForm form) {
        if (form.slug() != null) {
            return form.slug();
        }
        return Slugs.propose(TopicForm.isBlank(form.nameEn()) ? form.nameRu() : form.nameEn());
    }

    /** Whether the topic of this id is the topic of this slug or lies below it. */
    private boolean below(String slug, Long id) {
        return reading.tree().find(slug).map(node -> node.subtreeIds().contains(id)).orElse(false);
    }

    private static Bilingual indented(Bilingual name, int depth) {
        String indent = "— ".repeat(depth);
        return new Bilingual(name.en() == null ? null : indent + name.en(), name.ru() == null ? null : indent + name.ru());
    }

    /** A topic about to be merged away, and how many links and children would move with it. */
    public record MergePreview(TopicNode topic, List<LinkCount> links, long children) {
    }

    /** How many records of one kind link to the topic, and the message key that says so. */
    public record LinkCount(String message, long count) {
    }
}
