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

import org.hibernate.annotations.Immutable;

/** One change of a section's text in one language, kept to say what changed since a sign-off, and by whom. */
@Entity
@Immutable
@Table(name = "report_section_edit")
class SectionEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ReportSection section;

    @Column(nullable = false)
    private String language;

    private String textBefore;

    private String textAfter;

    private boolean regenerated;

    @Column(nullable = false)
    private String editedBy;

    @Column(nullable = false)
    private Instant editedAt;

    protected SectionEdit() {
    }

    SectionEdit(ReportSection section, String language, String textBefore, String textAfter, boolean regenerated,
            String editedBy, Instant editedAt) {
        this.section = section;
        this.language = language;
        this.textBefore = textBefore;
        this.textAfter = textAfter;
        this.regenerated = regenerated;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    Long getId() {
        return id;
    }

    ReportSection getSection() {
        return section;
    }

    String getLanguage() {
        return language;
    }

    String getTextBefore() {
        return textBefore;
    }

    String getTextAfter() {
        return textAfter;
    }

    boolean isRegenerated() {
        return regenerated;
    }

    String getEditedBy() {
        return editedBy;
    }

    Instant getEditedAt() {
        return editedAt;
    }
}
