package org.dialoguetracker.recommendation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.dialoguetracker.account.User;

/** One step of a recommendation's status timeline: never edited, only appended. */
@Entity
@Table(name = "recommendation_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    private RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private RecommendationStatus toStatus;

    private Instant changedAt;

    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    private User changedBy;

    protected StatusChange() {
    }

    public StatusChange(Recommendation recommendation, RecommendationStatus fromStatus,
            RecommendationStatus toStatus, Instant changedAt, String note, User changedBy) {
        this.recommendation = recommendation;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.note = note;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public RecommendationStatus getFromStatus() {
        return fromStatus;
    }

    public RecommendationStatus getToStatus() {
        return toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }

    public User getChangedBy() {
        return changedBy;
    }
}
