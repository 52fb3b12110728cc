package org.dialoguetracker.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.dialoguetracker.shared.Bilingual;

/** A node of the security-topic taxonomy, addressed in URLs by its slug. */
@Entity
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Topic parent;

    private String slug;

    private String nameEn;

    private String nameRu;

    private String descriptionEn;

    private String descriptionRu;

    private int position;

    @Version
    private long version;

    protected Topic() {
    }

    public Topic(Topic parent, String slug, Bilingual name, int position) {
        this.parent = parent;
        this.slug = slug;
        this.nameEn = name.en();
        this.nameRu = name.ru();
        this.position = position;
    }

    /** Takes the values of the form; the slug, parent and position are resolved by the caller. */
    void apply(TopicForm form, String slug, Topic parent, int position) {
        this.slug = slug;
        this.nameEn = form.nameEn();
        this.nameRu = form.nameRu();
        this.descriptionEn = form.descriptionEn();
        this.descriptionRu = form.descriptionRu();
        this.parent = parent;
        this.position = position;
    }

    long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Topic getParent() {
        return parent;
    }

    public String getSlug() {
        return slug;
    }

    public Bilingual getName() {
        return new Bilingual(nameEn, nameRu);
    }

    public Bilingual getDescription() {
        return new Bilingual(descriptionEn, descriptionRu);
    }

    public int getPosition() {
        return position;
    }
}
