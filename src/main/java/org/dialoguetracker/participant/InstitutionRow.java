package org.dialoguetracker.participant;

import java.util.Locale;

import org.dialoguetracker.shared.Bilingual;

/** An institution as the list shows it. */
public record InstitutionRow(Long id, Bilingual name, Bilingual shortName, String country, InstitutionKind kind,
        String website) {

    static InstitutionRow of(Institution institution) {
        return new InstitutionRow(institution.getId(), institution.getName(), institution.getShortName(),
                institution.getCountry(), institution.getKind(), institution.getWebsite());
    }

    /** The country's name in the reader's language, e.g. "United Kingdom" or "Великобритания" for GB. */
    public String countryName(Locale locale) {
        String name = new Locale("", country).getDisplayCountry(locale);
        return name.isBlank() || name.equals(country) ? "" : name;
    }
}
