package org.dialoguetracker.meeting;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.shared.Bilingual;

/** A series of rounds, such as the UK–Russia Security Dialogue, run by one or more institutions. */
@Entity
public class Dialogue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameEn;

    private String nameRu;

    private String descriptionEn;

    private String descriptionRu;

    @Enumerated(EnumType.STRING)
    private TrackLevel trackLevel;

    @ManyToMany
    @OrderBy("nameEn, id") // a steady order on every page and report, whatever order PostgreSQL returns rows in
    @JoinTable(name = "dialogue_organiser", joinColumns = @JoinColumn(name = "dialogue_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> organisers = new LinkedHashSet<>();

    @Version
    private long version;

    protected Dialogue() {
    }

    public Dialogue(Bilingual name, TrackLevel trackLevel) {
        this.nameEn = name.en();
        this.nameRu = name.ru();
        this.trackLevel = trackLevel;
    }

    public Long getId() {
        return id;
    }

    public Bilingual getName() {
        return new Bilingual(nameEn, nameRu);
    }

    public Bilingual getDescription() {
        return new Bilingual(descriptionEn, descriptionRu);
    }

    public TrackLevel getTrackLevel() {
        return trackLevel;
    }

    public Set<Institution> getOrganisers() {
        return organisers;
    }
}
