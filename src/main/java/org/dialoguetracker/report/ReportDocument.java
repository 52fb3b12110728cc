package org.dialoguetracker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One language of a report, ready to print: what a draft shows and what a published edition freezes. Section
 * bodies are report text ({@link ReportText}).
 *
 * @param language "en" or "ru"
 * @param institutions the institutions the report may name, for "full name at first mention"
 * @param edition null for a draft
 */
public record ReportDocument(String language, String title, List<Section> sections,
        List<InstitutionName> institutions, Edition edition) {

    public ReportDocument {
        sections = List.copyOf(sections);
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
    }

    /**
     * One section in print order.
     *
     * @param body report text ({@link ReportText})
     * @param fallsBack the whole body is the other language's text standing in for this one
     */
    public record Section(SectionKind kind, String heading, String body, boolean fallsBack) {
    }

    /** An institution as the report names it: in full at its first mention, by its short name after. */
    public record InstitutionName(String fullName, String shortName) {
    }

    /**
     * What a published edition prints about itself.
     *
     * @param changeNote null for edition 1
     */
    public record Edition(int number, LocalDate publishedOn, String publishedBy, List<Signature> signatures,
            String changeNote) {

        public Edition {
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }
    }

    /**
     * A lead's sign-off.
     *
     * @param side the side's label in the document's language
     */
    public record Signature(String side, String name, LocalDate signedOn) {
    }
}
