package org.dialoguetracker.meeting;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.dialoguetracker.account.User;
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

    /** The lead organiser of the UK side: an active organiser or admin whose side is UK (checked when set). */
    @ManyToOne(fetch = FetchType.LAZY)
    private User ukLead;

    /** The lead organiser of the Russian side, likewise. */
    @ManyToOne(fetch = FetchType.LAZY)
    private User russiaLead;

    @Version
    private long version;

    protected Dialogue() {
    }

    public Dialogue(Bilingual name, TrackLevel trackLevel) {
        this.nameEn = name.en();
        this.nameRu = name.ru();
        this.trackLevel = trackLevel;
    }

    /** Takes the values of the form; the institutions and leads are resolved and checked by the caller. */
    void apply(DialogueForm form, Set<Institution> organisers, User ukLead, User russiaLead) {
        this.nameEn = form.nameEn();
        this.nameRu = form.nameRu();
        this.descriptionEn = form.descriptionEn();
        this.descriptionRu = form.descriptionRu();
        this.trackLevel = form.trackLevel();
        this.organisers.clear();
        this.organisers.addAll(organisers);
        this.ukLead = ukLead;
        this.russiaLead = russiaLead;
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

    public User getUkLead() {
        return ukLead;
    }

    public User getRussiaLead() {
        return russiaLead;
    }

    public long getVersion() {
        return version;
    }
}
