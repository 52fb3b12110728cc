package org.dialoguetracker.topic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Slugs proposed from a topic's name: "Risk reduction & confidence-building" gives "risk-reduction-confidence-building". */
final class Slugs {

    static final int MAX_LENGTH = 80;

    /** Russian letters in the simple transliteration people type in URLs (ГОСТ 7.79-2000 B, without marks). */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ц', "cz"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shh"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Slugs() {
    }

    /** A slug made of the name's words, or an empty string when the name has no letters or digits. */
    static String propose(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String slug = Normalizer.normalize(latin, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$|-+$", "");
        }
        return slug;
    }
}
