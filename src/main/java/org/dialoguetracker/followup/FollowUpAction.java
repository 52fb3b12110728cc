package org.dialoguetracker.followup;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.recommendation.Recommendation;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.VersionedEntity;

/** A step toward a recommendation. Overdue when still open past its due date. */
@Entity
@Audited
@Table(name = "follow_up_action")
public class FollowUpAction extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Recommendation recommendation;

    private String descriptionEn;

    private String descriptionRu;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    private Participant ownerParticipant;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    private Institution ownerInstitution;

    private String ownerText;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private String completionNote;

    private LocalDate completedOn;

    protected FollowUpAction() {
    }

    public FollowUpAction(Recommendation recommendation, Bilingual description, LocalDate dueDate) {
        this.recommendation = recommendation;
        this.descriptionEn = description.en();
        this.descriptionRu = description.ru();
        this.dueDate = dueDate;
        this.status = FollowUpStatus.OPEN;
    }

    /** Takes the values of the form; the owner is resolved by the caller. A closed action keeps its status. */
    void apply(FollowUpForm form, Participant participant, Institution institution) {
        this.descriptionEn = form.descriptionEn();
        this.descriptionRu = form.descriptionRu();
        this.ownerParticipant = participant;
        this.ownerInstitution = institution;
        this.ownerText = participant == null && institution == null ? form.ownerText() : null;
        this.dueDate = form.dueDate();
        if (status.isOpen() && form.status() != null) {
            this.status = form.status();
        }
    }

    void complete(LocalDate on, String note) {
        this.status = FollowUpStatus.DONE;
        this.completedOn = on;
        this.completionNote = note;
    }

    void cancel(String note) {
        this.status = FollowUpStatus.CANCELLED;
        this.completedOn = null;
        this.completionNote = note;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Bilingual getDescription() {
        return new Bilingual(descriptionEn, descriptionRu);
    }

    public Participant getOwnerParticipant() {
        return ownerParticipant;
    }

    public Institution getOwnerInstitution() {
        return ownerInstitution;
    }

    public String getOwnerText() {
        return ownerText;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
