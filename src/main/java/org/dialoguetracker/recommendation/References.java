package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reference codes in a dialogue's own style: {@code UKRU-2017-04} is the fourth recommendation of 2017 in a dialogue
 * whose references start with {@code UKRU}. A dialogue without a common prefix gets {@code REC}.
 */
final class References {

    static final String DEFAULT_PREFIX = "REC";

    private References() {
    }

    /** The part before the first dash that all these references share, or {@code REC} if they share none. */
    static String prefix(Collection<String> references) {
        Set<String> prefixes = references.stream()
                .map(reference -> reference.contains("-") ? reference.substring(0, reference.indexOf('-')) : "")
                .collect(Collectors.toSet());
        if (prefixes.size() != 1) {
            return DEFAULT_PREFIX;
        }
        String prefix = prefixes.iterator().next();
        return prefix.matches("[A-Z0-9][A-Z0-9.]*") ? prefix : DEFAULT_PREFIX;
    }

    /** The pattern (for SQL {@code like}) of the references of this prefix and year. */
    static String likePattern(String prefix, int year) {
        return stem(prefix, year) + "%";
    }

    /** The number after the highest one taken in this prefix and year, as two digits at least. */
    static String next(String prefix, int year, Collection<String> taken) {
        String stem = stem(prefix, year);
        int highest = taken.stream()
                .filter(reference -> reference.startsWith(stem))
                .map(reference -> reference.substring(stem.length()))
                .filter(number -> number.matches("\\d{1,6}"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
        return stem + String.format(Locale.ROOT, "%02d", highest + 1);
    }

    private static String stem(String prefix, int year) {
        return prefix + "-" + year + "-";
    }
}
