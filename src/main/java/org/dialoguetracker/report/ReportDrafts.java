package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Bilingual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of a meeting's report draft: whether there is one and an edition (the meeting page's
 * links), the draft as a reader sees it, and a comment on one of its sections (the guest reviewers' page).
 */
@Service
@Transactional(readOnly = true)
public class ReportDrafts {

    private final ReportDraftService drafts;

    private final ReportSectionRepository sections;

    private final ReportDocuments documents;

    private final EditionStore editions;

    private final ReportDraftRepository draftRows;

    ReportDrafts(ReportDraftService drafts, ReportSectionRepository sections,
            ReportDocuments documents, EditionStore editions, ReportDraftRepository draftRows) {
        this.draftRows = draftRows;
        this.drafts = drafts;
        this.sections = sections;
        this.documents = documents;
        this.editions = editions;
    }

    /** A language of a draft that waits for a lead's sign-off for their side. */
    public record PendingSignOff(Long meetingId, org.dialoguetracker.shared.Bilingual meetingTitle,
            org.dialoguetracker.shared.Side side, String language) {
    }

    /** The open drafts waiting for this account's sign-off as a side's lead, one entry per side and language. */
    public java.util.List<PendingSignOff> awaitingSignOff(Long userId) {
        return draftRows.findAwaitingSignOff(userId).stream()
                .map(row -> new PendingSignOff(((Number) row[0]).longValue(),
                        new org.dialoguetracker.shared.Bilingual((String) row[1], (String) row[2]),
                        org.dialoguetracker.shared.Side.valueOf((String) row[3]), (String) row[4]))
                .toList();
    }

    /** Whether the meeting's report has a draft, and its latest published edition. */
    public ReportLinks links(Long meetingId) {
        return editions.links(meetingId);
    }

    /**
     * Whether the meeting's draft stands published: it takes no comment until a correction reopens it. False when the
     * meeting has no draft yet.
     */
    public boolean published(Long meetingId) {
        return drafts.published(meetingId);
    }

    /**
     * The meeting's report draft in one language ("en" or "ru"; anything else reads as English) as a researcher would
     * read it: the sections' texts as safe HTML, no editing affordances, and the comment threads. An empty foreword
     * is left out.
     *
     * @throws org.dialoguetracker.shared.NotFoundException when the meeting has no draft
     */
    public DraftReaderView readerView(Long meetingId, String lang) {
        String language = "ru".equals(lang) ? "ru" : "en";
        ReportDraft draft = drafts.draft(meetingId);
        Map<SectionKind, Long> ids = new EnumMap<>(SectionKind.class);
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        sections.findByDraftId(draft.getId()).forEach(section -> {
            ids.put(section.getKind(), section.getId());
            texts.put(section.getKind(), section.texts());
        });
        ReportDocument document = documents.document(meetingId, language, texts, null);
        Map<Long, List<DraftComment>> threads = drafts.threads(draft.getId());
        List<DraftReaderView.Section> shown = new ArrayList<>();
        for (ReportDocument.Section section : document.sections()) {
            Long id = ids.get(section.kind());
            shown.add(new DraftReaderView.Section(id, section.kind(), section.heading(),
                    ReportText.html(section.body(), language, document.institutions()), section.fallsBack(),
                    threads.getOrDefault(id, List.of())));
        }
        return new DraftReaderView(meetingId, language, document.title(), draft.isOpen(), shown);
    }

    /**
     * Adds a comment to a section of the meeting's draft, or a reply to a comment of that section.
     *
     * @param parentId the comment replied to, null for a new thread
     * @return the new comment's id
     * @throws org.dialoguetracker.shared.NotFoundException when the meeting has no draft, the section is not one of
     *         its sections or the parent not a comment of that section
     * @throws DraftRefusal when the body is blank or too long ({@value ReportDraftService#MAX_COMMENT} characters),
     *         or the draft is published (until a correction reopens it)
     */
    @Transactional
    public Long comment(Long meetingId, Long sectionId, Long parentId, CommentAuthor author, String body) {
        return drafts.comment(meetingId, sectionId, parentId, author, body);
    }
}
