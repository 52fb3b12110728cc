package org.dialoguetracker.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.dialoguetracker.shared.Bilingual;

@Entity
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameEn;

    private String nameRu;

    private String shortNameEn;

    private String shortNameRu;

    /** ISO 3166-1 alpha-2, e.g. GB, RU. */
    private String country;

    @Enumerated(EnumType.STRING)
    private InstitutionKind kind;

    private String website;

    @Version
    private long version;

    protected Institution() {
    }

    public Institution(Bilingual name, String country, InstitutionKind kind) {
        this.nameEn = name.en();
        this.nameRu = name.ru();
        this.country = country;
        this.kind = kind;
    }

    /** Takes the values of the form. */
    void apply(InstitutionForm form) {
        this.nameEn = form.nameEn();
        this.nameRu = form.nameRu();
        this.shortNameEn = form.shortNameEn();
        this.shortNameRu = form.shortNameRu();
        this.country = form.country();
        this.kind = form.kind();
        this.website = form.website();
    }

    public Long getId() {
        return id;
    }

    public Bilingual getName() {
        return new Bilingual(nameEn, nameRu);
    }

    public Bilingual getShortName() {
        return new Bilingual(shortNameEn, shortNameRu);
    }

    /** The short name where there is one, for lists and attributions. */
    public Bilingual getLabel() {
        Bilingual shortName = getShortName();
        return shortName.isEmpty() ? getName() : shortName;
    }

    public String getCountry() {
        return country;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public String getWebsite() {
        return website;
    }

    public long getVersion() {
        return version;
    }
}
