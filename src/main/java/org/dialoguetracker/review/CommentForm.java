package org.dialoguetracker.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A guest reviewer's comment on a section of the draft, or their reply to a comment of that section.
 *
 * @param sectionId the section commented on
 * @param parentId the comment replied to; null for a new thread
 * @param body what the reviewer wrote
 */
public record CommentForm(
        @NotNull(message = "{review.comment.section.required}") Long sectionId,
        Long parentId,
        @NotBlank(message = "{review.comment.body.required}")
        @Size(max = GuestReviews.MAX_COMMENT, message = "{review.comment.body.tooLong}") String body) {

    /** Whether this is the form of that section and thread, to show its errors and what was typed there. */
    public boolean isFor(Long section, Long parent) {
        return section != null && section.equals(sectionId) && java.util.Objects.equals(parent, parentId);
    }
}
