package org.dialoguetracker.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.VersionedEntity;

/** One round of a dialogue, held under an attribution rule that bounds what may be reported of it. */
@Entity
@Audited
public class Meeting extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dialogue dialogue;

    private String titleEn;

    private String titleRu;

    private String cityEn;

    private String cityRu;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    private Institution hostInstitution;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    @Enumerated(EnumType.STRING)
    private TrackLevel trackLevel;

    @Enumerated(EnumType.STRING)
    private AttributionRule attributionRule;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private String summaryEn;

    private String summaryRu;

    /** The participants agreed that their institutions may be listed in the report (matters under NONE and SIDE). */
    @Column(name = "institutions_consented")
    private boolean institutionsListedWithConsent;

    protected Meeting() {
    }

    public Meeting(Dialogue dialogue, Bilingual title, LocalDate startDate, LocalDate endDate,
            AttributionRule attributionRule) {
        this.dialogue = dialogue;
        this.titleEn = title.en();
        this.titleRu = title.ru();
        this.startDate = startDate;
        this.endDate = endDate;
        this.attributionRule = attributionRule;
        this.format = MeetingFormat.IN_PERSON;
        this.trackLevel = dialogue.getTrackLevel();
        this.status = MeetingStatus.PLANNED;
    }

    /** Takes the values of the form; the dialogue and host are resolved by the caller. */
    void apply(MeetingForm form, Dialogue dialogue, Institution host) {
        this.dialogue = dialogue;
        this.titleEn = form.titleEn();
        this.titleRu = form.titleRu();
        this.cityEn = form.cityEn();
        this.cityRu = form.cityRu();
        this.hostInstitution = host;
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.format = form.format();
        this.trackLevel = form.trackLevel();
        this.attributionRule = form.attributionRule();
        this.institutionsListedWithConsent = form.institutionsListedWithConsent();
        this.summaryEn = form.summaryEn();
        this.summaryRu = form.summaryRu();
    }

    public Long getId() {
        return id;
    }

    public Dialogue getDialogue() {
        return dialogue;
    }

    public Bilingual getTitle() {
        return new Bilingual(titleEn, titleRu);
    }

    public Bilingual getCity() {
        return new Bilingual(cityEn, cityRu);
    }

    public void setCity(Bilingual city) {
        this.cityEn = city.en();
        this.cityRu = city.ru();
    }

    public Institution getHostInstitution() {
        return hostInstitution;
    }

    public void setHostInstitution(Institution hostInstitution) {
        this.hostInstitution = hostInstitution;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public TrackLevel getTrackLevel() {
        return trackLevel;
    }

    public AttributionRule getAttributionRule() {
        return attributionRule;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    /**
     * Takes one step of the lifecycle ({@link LifecycleStep} holds which are allowed from where).
     *
     * @return whether the status changed (a repeated report step leaves it as it is)
     * @throws MeetingStatusRefused if the step is not allowed from the current status; nothing changes
     */
    boolean take(LifecycleStep step) {
        MeetingStatus next = step.from(status).orElseThrow(() -> new MeetingStatusRefused(id, status, step));
        boolean changed = next != status;
        this.status = next;
        return changed;
    }

    public boolean isInstitutionsListedWithConsent() {
        return institutionsListedWithConsent;
    }

    public Bilingual getSummary() {
        return new Bilingual(summaryEn, summaryRu);
    }

    public void setSummary(Bilingual summary) {
        this.summaryEn = summary.en();
        this.summaryRu = summary.ru();
    }
}
