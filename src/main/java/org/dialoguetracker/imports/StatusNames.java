package org.dialoguetracker.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dialoguetracker.recommendation.RecommendationStatus;

import org.springframework.context.MessageSource;

/**
 * Reads a status cell: as the export writes it ({@code UNDER_CONSIDERATION}), or as people type it into a
 * spreadsheet, in any case, with spaces or hyphens, or by its English or Russian label ("Under consideration",
 * "На рассмотрении").
 */
final class StatusNames {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private final Map<String, RecommendationStatus> byName = new HashMap<>();

    StatusNames(MessageSource messages) {
        for (RecommendationStatus status : RecommendationStatus.values()) {
            byName.put(normalise(status.name()), status);
            for (Locale language : LANGUAGES) {
                String label = messages.getMessage("recommendation.status." + status.name(), null, null, language);
                if (label != null) {
                    byName.putIfAbsent(normalise(label), status);
                }
            }
        }
    }

    Optional<RecommendationStatus> find(String cell) {
        return Optional.ofNullable(byName.get(normalise(cell)));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
