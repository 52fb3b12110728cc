package org.dialoguetracker.topic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.validation.Errors;

/** A topic of the taxonomy as organisers edit it: names, description, slug and place in the tree. */
public record TopicForm(
        @Size(max = 80, message = "{topic.form.slug.tooLong}") String slug,
        @Size(max = 200, message = "{topic.form.name.tooLong}") String nameEn,
        @Size(max = 200, message = "{topic.form.name.tooLong}") String nameRu,
        @Size(max = 5000, message = "{topic.form.description.tooLong}") String descriptionEn,
        @Size(max = 5000, message = "{topic.form.description.tooLong}") String descriptionRu,
        Long parentId,
        @Min(value = 0, message = "{topic.form.position.range}")
        @Max(value = 9999, message = "{topic.form.position.range}") Integer position,
        Long version) implements EditForm<TopicForm> {

    /** Lower-case letters and digits in words joined by single hyphens, as the database also requires. */
    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public static TopicForm blank(Long parentId) {
        return new TopicForm(null, null, null, null, null, parentId, null, null);
    }

    static TopicForm of(Topic topic) {
        return new TopicForm(topic.getSlug(), topic.getName().en(), topic.getName().ru(),
                topic.getDescription().en(), topic.getDescription().ru(),
                topic.getParent() == null ? null : topic.getParent().getId(), topic.getPosition(),
                topic.getVersion());
    }

    @Override
    public TopicForm withVersion(Long newVersion) {
        return new TopicForm(slug, nameEn, nameRu, descriptionEn, descriptionRu, parentId, position, newVersion);
    }

    TopicForm withSlug(String newSlug) {
        return new TopicForm(newSlug, nameEn, nameRu, descriptionEn, descriptionRu, parentId, position, version);
    }

    /** The rules that need no database: a name in one language at least, a well-formed slug if one is given. */
    void validate(Errors errors) {
        if (isBlank(nameEn) && isBlank(nameRu)) {
            errors.rejectValue("nameEn", "topic.form.name.required");
        }
        if (slug != null && !SLUG.matcher(slug).matches()) {
            errors.rejectValue("slug", "topic.form.slug.invalid");
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("topic.form.slug", slug);
        fields.put("topic.form.name.en", nameEn);
        fields.put("topic.form.name.ru", nameRu);
        fields.put("topic.form.description.en", descriptionEn);
        fields.put("topic.form.description.ru", descriptionRu);
        fields.put("topic.form.parent", parentId);
        fields.put("topic.form.position", position);
        return fields;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
