package org.dialoguetracker.recommendation;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.VersionedEntity;
import org.dialoguetracker.statement.Statement;
import org.dialoguetracker.topic.Topic;

/** What a round recommended to policymakers, followed up for years afterwards. */
@Entity
@Audited
public class Recommendation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String titleEn;

    private String titleRu;

    private String textEn;

    private String textRu;

    @Enumerated(EnumType.STRING)
    private AddressedTo addressedTo;

    @Enumerated(EnumType.STRING)
    private Feasibility feasibility;

    @Enumerated(EnumType.STRING)
    private Consensus consensus;

    @Enumerated(EnumType.STRING)
    private RecommendationStatus status;

    private boolean archived;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany
    @JoinTable(name = "recommendation_topic", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_meeting", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Meeting> meetings = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_statement", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<Statement> statements = new LinkedHashSet<>();

    protected Recommendation() {
    }

    public Recommendation(String reference, Bilingual title, Bilingual text, AddressedTo addressedTo,
            Feasibility feasibility, Consensus consensus) {
        this.reference = reference;
        this.titleEn = title.en();
        this.titleRu = title.ru();
        this.textEn = text.en();
        this.textRu = text.ru();
        this.addressedTo = addressedTo;
        this.feasibility = feasibility;
        this.consensus = consensus;
        this.status = RecommendationStatus.PROPOSED;
    }

    /** Takes the values of the form; the chosen topics, meetings and statements are resolved by the caller. */
    void apply(RecommendationForm form, Set<Topic> topics, Set<Meeting> meetings, Set<Statement> statements) {
        this.reference = form.reference();
        this.titleEn = form.titleEn();
        this.titleRu = form.titleRu();
        this.textEn = form.textEn();
        this.textRu = form.textRu();
        this.addressedTo = form.addressedTo();
        this.feasibility = form.feasibility();
        this.consensus = form.consensus();
        replace(this.topics, topics);
        replace(this.meetings, meetings);
        replace(this.statements, statements);
    }

    /** Moves to the next status; the caller has checked the lifecycle and records the change in the timeline. */
    void moveTo(RecommendationStatus next) {
        this.status = next;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    private static <T> void replace(Set<T> current, Set<T> chosen) {
        current.retainAll(chosen);
        current.addAll(chosen);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Bilingual getTitle() {
        return new Bilingual(titleEn, titleRu);
    }

    public Bilingual getText() {
        return new Bilingual(textEn, textRu);
    }

    public AddressedTo getAddressedTo() {
        return addressedTo;
    }

    public Feasibility getFeasibility() {
        return feasibility;
    }

    public Consensus getConsensus() {
        return consensus;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public boolean isArchived() {
        return archived;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public Set<Meeting> getMeetings() {
        return meetings;
    }

    public Set<Statement> getStatements() {
        return statements;
    }
}
