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
import jakarta.persistence.Version;

import org.dialoguetracker.shared.Bilingual;

/**
 * One section of a draft: its English and Russian text as edited, and the generated texts they started from. The
 * version is the section's optimistic lock: two editors of one section get the conflict page, not a lost edit.
 */
@Entity
@Table(name = "report_section")
class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private ReportDraft draft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SectionKind kind;

    private String textEn;

    private String textRu;

    private String generatedEn;

    private String generatedRu;

    @Version
    private long version;

    private String lastEditedBy;

    private Instant lastEditedAt;

    protected ReportSection() {
    }

    ReportSection(ReportDraft draft, SectionKind kind, Bilingual generated) {
        this.draft = draft;
        this.kind = kind;
        this.generatedEn = generated.en();
        this.generatedRu = generated.ru();
        this.textEn = generated.en();
        this.textRu = generated.ru();
    }

    Long getId() {
        return id;
    }

    ReportDraft getDraft() {
        return draft;
    }

    SectionKind getKind() {
        return kind;
    }

    String text(String language) {
        return "ru".equals(language) ? textRu : textEn;
    }

    Bilingual texts() {
        return new Bilingual(textEn, textRu);
    }

    String generated(String language) {
        return "ru".equals(language) ? generatedRu : generatedEn;
    }

    /** Sets one language's text; blank is kept as no text at all. */
    void setText(String language, String text, String editor, Instant at) {
        String value = text == null || text.isBlank() ? null : text;
        if ("ru".equals(language)) {
            textRu = value;
        }
        else {
            textEn = value;
        }
        lastEditedBy = editor;
        lastEditedAt = at;
    }

    void setGenerated(String language, String text) {
        if ("ru".equals(language)) {
            generatedRu = text;
        }
        else {
            generatedEn = text;
        }
    }

    long getVersion() {
        return version;
    }

    String getLastEditedBy() {
        return lastEditedBy;
    }

    Instant getLastEditedAt() {
        return lastEditedAt;
    }
}
