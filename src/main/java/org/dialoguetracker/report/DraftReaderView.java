package org.dialoguetracker.report;

import java.util.List;

/**
 * A report draft as a reader sees it in one language, with no editing affordances: each section's heading and
 * text as safe HTML ({@link ReportText#html}), whether it falls back to the other language, and its comment threads.
 * Its text is what the meeting's attribution rule lets researchers read: the sections are generated from the records
 * as researchers see them ({@link ReportGenerator}) and edited by the organisers, who sign them off for publication.
 *
 * @param language "en" or "ru"
 * @param open the draft is being worked on; false once it is published (until a correction reopens it), when
 *        comments are no longer taken
 */
public record DraftReaderView(Long meetingId, String language, String title, boolean open,
        List<Section> sections) {

    public DraftReaderView {
        sections = List.copyOf(sections);
    }

    /**
     * @param html the text as safe HTML, for {@code th:utext}
     * @param comments the threads: top-level comments, oldest first, each with its replies
     */
    public record Section(Long id, SectionKind kind, String heading, String html, boolean fallsBack,
            List<DraftComment> comments) {

        public Section {
            comments = List.copyOf(comments);
        }
    }
}
