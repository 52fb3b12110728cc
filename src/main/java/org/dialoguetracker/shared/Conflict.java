package org.dialoguetracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a stale edit would overwrite: for each field that differs, the value saved now ("theirs") and the value
 * the user submitted ("mine"). Shown above the form by the {@code forms :: conflict} fragment.
 *
 * @param changedBy who saved the version the user did not see, when known
 */
public record Conflict(String changedBy, List<Difference> differences) {

    public record Difference(String label, String theirs, String mine) {
    }

    /** Both forms' fields, by message key of their label, in the same order. */
    public static Conflict between(ComparableForm theirs, ComparableForm mine, String changedBy) {
        Map<String, Object> saved = theirs.fieldsByLabel();
        Map<String, Object> submitted = mine.fieldsByLabel();
        List<Difference> differences = new ArrayList<>();
        saved.forEach((label, value) -> {
            String theirValue = display(value);
            String myValue = display(submitted.get(label));
            if (!Objects.equals(theirValue, myValue)) {
                differences.add(new Difference(label, theirValue, myValue));
            }
        });
        return new Conflict(changedBy == null ? "?" : changedBy, differences);
    }

    private static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().reduce((a, b) -> a + ", " + b).orElse("");
        }
        return String.valueOf(value).strip();
    }

    /** A form that can be compared field by field with the saved state of its record. */
    public interface ComparableForm {

        /** Each field's value under the message key of its label, in display order. */
        Map<String, Object> fieldsByLabel();
    }
}
