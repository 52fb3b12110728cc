package org.dialoguetracker.report;

import java.time.Instant;
import java.util.List;

import org.dialoguetracker.meeting.MeetingDetails;

/**
 * What the draft workspace shows an organiser: every section in both languages, side by side, with the raw text to
 * edit and its version, the comment threads, and the sign-off panel.
 */
record DraftWorkspace(MeetingDetails meeting, Long draftId, KeyPointGrouping grouping, boolean open,
        List<SectionRow> sections, SignOffPanel signOffs, int latestEdition) {

    /**
     * @param textEn the English text as stored (report text), for the edit form; null when empty
     * @param htmlEn the English text rendered as safe HTML
     */
    record SectionRow(Long id, SectionKind kind, String textEn, String textRu, String htmlEn, String htmlRu,
            long version, String lastEditedBy, Instant lastEditedAt, List<DraftComment> comments) {

        public String text(String language) {
            return "ru".equals(language) ? textRu : textEn;
        }
    }
}
