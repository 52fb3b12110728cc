package org.dialoguetracker.report;

import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Bilingual;

import org.springframework.stereotype.Service;

/**
 * Puts a report's section texts together into a {@link ReportDocument} for one language: headings from the
 * message bundles, a section missing in the language filled with the other language's text (marked as falling
 * back), an empty foreword left out.
 */
@Service
public class ReportDocuments {

    /** The document of a meeting's report: its title, and the institutions the report may name, from the records. */
    public ReportDocument document(Long meetingId, String language, Map<SectionKind, Bilingual> texts,
            ReportDocument.Edition edition) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The same from what the caller already has (a frozen snapshot, say). */
    public ReportDocument document(String language, String title, Map<SectionKind, Bilingual> texts,
            List<ReportDocument.InstitutionName> institutions, ReportDocument.Edition edition) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The institutions a meeting's report may name: organisers, host, and participants' where the rule allows. */
    public List<ReportDocument.InstitutionName> institutions(Long meetingId, String language) {
        throw new UnsupportedOperationException("not yet");
    }
}
