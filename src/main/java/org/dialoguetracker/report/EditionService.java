package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published editions of a meeting's report, for every reader: an edition's text in the reader's language, the
 * list of editions, the difference from the edition before, and the frozen PDFs (DOCX printed from the snapshot).
 */
@Service
@Transactional(readOnly = true)
class EditionService {

    private final EditionStore editions;

    private final EditionRenderer renderer;

    EditionService(EditionStore editions, EditionRenderer renderer) {
        this.editions = editions;
        this.renderer = renderer;
    }

    /**
     * One edition (the latest when {@code number} is null) in a language, with the difference from the one before.
     *
     * @throws NotFoundException when the meeting has no such edition (or none at all)
     */
    EditionPage page(Long meetingId, Integer number, String language) {
        List<EditionStore.Edition> all = editions.list(meetingId);
        if (all.isEmpty()) {
            throw new NotFoundException("Report edition of meeting", meetingId);
        }
        EditionStore.Edition shown = number == null ? all.get(0) : all.stream().filter(e -> e.number() == number)
                .findFirst().orElseThrow(() -> new NotFoundException("Report edition", number));
        ReportDocument document = shown.snapshot().in(language);
        Optional<ReportDocument> previous = all.stream().filter(e -> e.number() == shown.number() - 1).findFirst()
                .map(e -> e.snapshot().in(language));
        List<SectionView> sections = new ArrayList<>();
        for (ReportDocument.Section section : document.sections()) {
            // a section the correction left as it was has no difference to open
            String diff = previous.map(before -> TextDiff.words(body(before, section.kind()),
                    section.body() == null ? "" : section.body())).filter(segments -> !TextDiff.same(segments))
                    .map(TextDiff::html).orElse(null);
            sections.add(new SectionView(section.kind(), section.heading(),
                    ReportText.html(section.body(), language, document.institutions()), section.fallsBack(), diff));
        }
        previous.ifPresent(before -> before.sections().stream()
                .filter(gone -> document.sections().stream().noneMatch(s -> s.kind() == gone.kind()))
                .forEach(gone -> sections.add(new SectionView(gone.kind(), gone.heading(), "", false,
                        TextDiff.html(TextDiff.words(gone.body() == null ? "" : gone.body(), ""))))));
        return new EditionPage(meetingId, language, shown, document, sections, all);
    }

    /** The PDF of an edition as it was published. */
    EditionStore.StoredPdf pdf(Long meetingId, int number, String language) {
        return editions.pdf(meetingId, number, language)
                .orElseThrow(() -> new NotFoundException("Report edition", number));
    }

    /** The PDF of the latest edition, when there is one. */
    Optional<EditionStore.StoredPdf> latestPdf(Long meetingId, String language) {
        int latest = editions.latestNumber(meetingId);
        return latest == 0 ? Optional.empty() : editions.pdf(meetingId, latest, language);
    }

    /** The DOCX of an edition, printed from its frozen text. */
    byte[] docx(Long meetingId, int number, String language) {
        EditionStore.Edition edition = editions.list(meetingId).stream().filter(e -> e.number() == number)
                .findFirst().orElseThrow(() -> new NotFoundException("Report edition", number));
        return renderer.docx(edition.snapshot().in(language));
    }

    private static String body(ReportDocument document, SectionKind kind) {
        return document.sections().stream().filter(s -> s.kind() == kind).map(ReportDocument.Section::body)
                .filter(b -> b != null).findFirst().orElse("");
    }

    /** One edition as its page shows it. */
    record EditionPage(Long meetingId, String language, EditionStore.Edition edition, ReportDocument document,
            List<SectionView> sections, List<EditionStore.Edition> editions) {
    }

    /** @param diffHtml the word difference from the edition before, as safe HTML; null for edition 1 and where unchanged */
    record SectionView(SectionKind kind, String heading, String html, boolean fallsBack, String diffHtml) {
    }
}
