package org.dialoguetracker.report;

import java.util.Objects;

/**
 * Who writes a comment on a section of a report draft: a user of the tracker, or a guest reviewer who came through
 * an invitation's link and has no account ({@link ReportDrafts#comment}).
 */
public sealed interface CommentAuthor {

    /** A signed-in user, by username; the comment shows the account's display name. */
    static CommentAuthor member(String username) {
        return new Member(username);
    }

    /** A guest reviewer: the invitation they came through, and the name the organiser gave them. */
    static CommentAuthor guest(Long invitationId, String name) {
        return new Guest(invitationId, name);
    }

    record Member(String username) implements CommentAuthor {

        public Member {
            Objects.requireNonNull(username, "username");
        }
    }

    record Guest(Long invitationId, String name) implements CommentAuthor {

        public Guest {
            Objects.requireNonNull(invitationId, "invitationId");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a guest reviewer has a name");
            }
        }
    }
}
