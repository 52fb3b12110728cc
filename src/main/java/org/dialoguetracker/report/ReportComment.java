package org.dialoguetracker.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comment on a section of a draft, or a reply to one; by a user or by a guest reviewer's invitation. */
@Entity
@Table(name = "report_comment")
class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", updatable = false)
    private ReportSection section;

    @Column(updatable = false)
    private Long parentId;

    @Column(updatable = false)
    private String authorUsername;

    @Column(updatable = false)
    private Long guestInvitationId;

    @Column(nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant resolvedAt;

    private String resolvedBy;

    protected ReportComment() {
    }

    ReportComment(ReportSection section, Long parentId, String authorUsername, Long guestInvitationId,
            String authorName, String body, Instant createdAt) {
        this.section = section;
        this.parentId = parentId;
        this.authorUsername = authorUsername;
        this.guestInvitationId = guestInvitationId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    ReportSection getSection() {
        return section;
    }

    Long getParentId() {
        return parentId;
    }

    String getAuthorUsername() {
        return authorUsername;
    }

    Long getGuestInvitationId() {
        return guestInvitationId;
    }

    String getAuthorName() {
        return authorName;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    void resolve(String by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void reopen() {
        this.resolvedBy = null;
        this.resolvedAt = null;
    }
}
