package org.dialoguetracker.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.dialoguetracker.shared.Side;

/**
 * A side's lead signing one language of the draft, over the content hash of that language's texts they saw. Voided
 * (not deleted) by a later edit of that language; filed under the edition it made when the draft is published.
 */
@Entity
@Table(name = "report_signoff")
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private ReportDraft draft;

    @Column(nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Side side;

    @Column(nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private String signerName;

    @Column(nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private Instant signedAt;

    private Instant voidedAt;

    private Integer publishedIn;

    protected SignOff() {
    }

    SignOff(ReportDraft draft, String language, Side side, Long userId, String signerName, String contentHash,
            Instant signedAt) {
        this.draft = draft;
        this.language = language;
        this.side = side;
        this.userId = userId;
        this.signerName = signerName;
        this.contentHash = contentHash;
        this.signedAt = signedAt;
    }

    Long getId() {
        return id;
    }

    String getLanguage() {
        return language;
    }

    Side getSide() {
        return side;
    }

    Long getUserId() {
        return userId;
    }

    String getSignerName() {
        return signerName;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    Instant getVoidedAt() {
        return voidedAt;
    }

    boolean isVoid() {
        return voidedAt != null;
    }

    void voidAt(Instant at) {
        this.voidedAt = at;
    }

    Integer getPublishedIn() {
        return publishedIn;
    }

    void publishedIn(int edition) {
        this.publishedIn = edition;
    }
}
