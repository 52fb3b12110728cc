package org.dialoguetracker.report;

import org.springframework.stereotype.Component;

/**
 * Prints a {@link ReportDocument}: as XHTML ({@code reports/edition.html}), as PDF (openhtmltopdf, DejaVu Sans
 * embedded) and as DOCX (Apache POI), with the same content and headings, fallback passages marked, and each
 * institution named in full at its first mention.
 */
@Component
public class EditionRenderer {

    /** The document as a page: for the browser it links its stylesheet, for the PDF renderer it embeds it. */
    public String html(ReportDocument document, boolean forBrowser) {
        throw new UnsupportedOperationException("not yet");
    }

    public byte[] pdf(ReportDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    public byte[] docx(ReportDocument document) {
        throw new UnsupportedOperationException("not yet");
    }
}
