package org.dialoguetracker.report;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a section of a report draft, with its replies in the order they were written.
 *
 * @param guest written by a guest reviewer (through an invitation), not by a user of the tracker
 * @param resolvedBy the username of whoever resolved it; null while it is open
 */
public record DraftComment(Long id, Long sectionId, Long parentId, String authorName, boolean guest, String body,
        Instant createdAt, Instant resolvedAt, String resolvedBy, List<DraftComment> replies) {

    public DraftComment {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
