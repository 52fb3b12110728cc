package org.dialoguetracker.meeting;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.topic.Topic;

/** One session of a meeting, in agenda order. */
@Entity
@Audited
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Meeting meeting;

    private int position;

    private String titleEn;

    private String titleRu;

    private String descriptionEn;

    private String descriptionRu;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany
    @JoinTable(name = "agenda_item_topic", joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position, Bilingual title) {
        this.meeting = meeting;
        this.position = position;
        this.titleEn = title.en();
        this.titleRu = title.ru();
    }

    void apply(AgendaItemForm form, Set<Topic> topics) {
        this.titleEn = form.titleEn();
        this.titleRu = form.titleRu();
        this.descriptionEn = form.descriptionEn();
        this.descriptionRu = form.descriptionRu();
        this.topics.clear();
        this.topics.addAll(topics);
    }

    void moveTo(int position) {
        this.position = position;
    }

    long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public Bilingual getTitle() {
        return new Bilingual(titleEn, titleRu);
    }

    public Bilingual getDescription() {
        return new Bilingual(descriptionEn, descriptionRu);
    }

    public Set<Topic> getTopics() {
        return topics;
    }
}
