package org.dialoguetracker.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

    /** When it was recorded. */
    private Instant changedAt;

    /** The day it took effect: the day it was recorded, or earlier when the organiser backdated it. */
    private LocalDate effectiveOn;

    private String note;

    private String noteRu;

    @ManyToOne(fetch = FetchType.LAZY)
    private User changedBy;

    protected StatusChange() {
    }

    public StatusChange(Recommendation recommendation, RecommendationStatus fromStatus,
            RecommendationStatus toStatus, Instant changedAt, String note, User changedBy) {
        this(recommendation, fromStatus, toStatus, changedAt, LocalDate.ofInstant(changedAt, ZoneOffset.UTC), note,
                null, changedBy);
    }

    public StatusChange(Recommendation recommendation, RecommendationStatus fromStatus,
            RecommendationStatus toStatus, Instant changedAt, LocalDate effectiveOn, String note, String noteRu,
            User changedBy) {
        this.recommendation = recommendation;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.noteRu = noteRu;
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

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public String getNoteRu() {
        return noteRu;
    }

    public User getChangedBy() {
        return changedBy;
    }
}
