package org.dialoguetracker.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/** A person who takes part in the dialogue. Contact details are for organisers and admins only. */
@Entity
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameLatin;

    private String nameCyrillic;

    @ManyToOne(fetch = FetchType.LAZY)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Enumerated(EnumType.STRING)
    private Capacity capacity;

    private String positionEn;

    private String positionRu;

    private String email;

    private String phone;

    /** Hidden from pickers and, by default, from the list; kept with everything they took part in. */
    private boolean archived;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(String nameLatin, String nameCyrillic, Institution institution, Side side, Capacity capacity) {
        this.nameLatin = nameLatin;
        this.nameCyrillic = nameCyrillic;
        this.institution = institution;
        this.side = side;
        this.capacity = capacity;
    }

    /** Takes the values of the form; the institution is resolved by the caller. */
    void apply(ParticipantForm form, Institution institution) {
        this.nameLatin = form.nameLatin().strip();
        this.nameCyrillic = form.nameCyrillic();
        this.institution = institution;
        this.side = form.side();
        this.capacity = form.capacity();
        this.positionEn = form.positionEn();
        this.positionRu = form.positionRu();
        this.email = form.email();
        this.phone = form.phone();
    }

    void archive() {
        this.archived = true;
    }

    void unarchive() {
        this.archived = false;
    }

    public Long getId() {
        return id;
    }

    /** The name in both scripts: Latin stands for English, Cyrillic for Russian. */
    public Bilingual getName() {
        return new Bilingual(nameLatin, nameCyrillic);
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public String getNameCyrillic() {
        return nameCyrillic;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Side getSide() {
        return side;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public Bilingual getPosition() {
        return new Bilingual(positionEn, positionRu);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }
}
