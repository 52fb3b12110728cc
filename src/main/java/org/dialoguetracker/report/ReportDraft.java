package org.dialoguetracker.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The joint report of one meeting while it is drafted, signed and published: its sections hang from it. */
@Entity
@Table(name = "report_draft")
class ReportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyPointGrouping grouping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftState state;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReportDraft() {
    }

    ReportDraft(Long meetingId, KeyPointGrouping grouping, String createdBy, Instant createdAt) {
        this.meetingId = meetingId;
        this.grouping = grouping;
        this.state = DraftState.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    KeyPointGrouping getGrouping() {
        return grouping;
    }

    DraftState getState() {
        return state;
    }

    boolean isOpen() {
        return state == DraftState.OPEN;
    }

    void published() {
        this.state = DraftState.PUBLISHED;
    }

    void reopened() {
        this.state = DraftState.OPEN;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
