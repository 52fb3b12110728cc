package org.dialoguetracker.statement;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.dialoguetracker.meeting.AgendaItem;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.VersionedEntity;
import org.dialoguetracker.topic.Topic;

/**
 * A key point of a meeting's discussion. Its side and speaker are facts the organisers keep; what readers
 * may see of them is decided by {@link AttributionPolicy}.
 */
@Entity
@Audited
public class Statement extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    private AgendaItem agendaItem;

    private int position;

    @Enumerated(EnumType.STRING)
    private StatementKind kind;

    @Enumerated(EnumType.STRING)
    private StatementSide side;

    @Enumerated(EnumType.STRING)
    private AttributionRule attribution;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    private Participant speaker;

    private String textEn;

    private String textRu;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany
    @JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    protected Statement() {
    }

    public Statement(Meeting meeting, AgendaItem agendaItem, int position, StatementKind kind, StatementSide side,
            AttributionRule attribution, Participant speaker, Bilingual text) {
        this.meeting = meeting;
        this.agendaItem = agendaItem;
        this.position = position;
        this.kind = kind;
        this.side = side;
        this.attribution = attribution;
        this.speaker = speaker;
        this.textEn = text.en();
        this.textRu = text.ru();
    }

    /** Takes the values of the form; the session, speaker and topics are resolved by the caller. */
    void apply(StatementForm form, AgendaItem agendaItem, Participant speaker, Set<Topic> topics) {
        this.agendaItem = agendaItem;
        this.kind = form.kind();
        this.side = form.side();
        this.attribution = form.attribution();
        this.speaker = speaker;
        this.textEn = form.textEn();
        this.textRu = form.textRu();
        this.topics.clear();
        this.topics.addAll(topics);
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public int getPosition() {
        return position;
    }

    public StatementKind getKind() {
        return kind;
    }

    public StatementSide getSide() {
        return side;
    }

    public AttributionRule getAttribution() {
        return attribution;
    }

    public Participant getSpeaker() {
        return speaker;
    }

    public Bilingual getText() {
        return new Bilingual(textEn, textRu);
    }

    public Set<Topic> getTopics() {
        return topics;
    }
}
