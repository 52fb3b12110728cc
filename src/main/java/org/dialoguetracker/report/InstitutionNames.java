package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dialoguetracker.participant.InstitutionRow;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.Bilingual;

import org.springframework.stereotype.Component;

/**
 * The full and short names of the institutions a report names, found from the labels the meeting's records give
 * them (a short name where there is one, else the full name).
 */
@Component
class InstitutionNames {

    private final InstitutionService institutions;

    InstitutionNames(InstitutionService institutions) {
        this.institutions = institutions;
    }

    /** Each labelled institution once, in the order of the labels, with its names in {@code language}. */
    List<ReportDocument.InstitutionName> of(List<Bilingual> labels, String language) {
        if (labels == null || labels.isEmpty()) {
            return List.of();
        }
        List<InstitutionRow> rows = institutions.all();
        Set<InstitutionRow> found = new LinkedHashSet<>();
        for (Bilingual label : labels) {
            if (label == null || label.isEmpty()) {
                continue;
            }
            rows.stream().filter(row -> label.equals(row.shortName()) || label.equals(row.name())).findFirst()
                    .ifPresent(found::add);
        }
        List<ReportDocument.InstitutionName> names = new ArrayList<>();
        for (InstitutionRow row : found) {
            String full = row.name().in(language);
            String shortName = row.shortName() == null || row.shortName().isEmpty() ? null
                    : row.shortName().in(language);
            names.add(new ReportDocument.InstitutionName(full, shortName));
        }
        return names;
    }
}
