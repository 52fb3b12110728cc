package org.dialoguetracker.participant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dialoguetracker.shared.EditForm;

import org.springframework.validation.Errors;

/**
 * The institution form. The country is an ISO 3166-1 alpha-2 code; it is accepted in either case and kept in
 * upper case, as the schema requires.
 */
public record InstitutionForm(
        @Size(max = 300, message = "{people.form.tooLong}") String nameEn,
        @Size(max = 300, message = "{people.form.tooLong}") String nameRu,
        @Size(max = 40, message = "{people.form.tooLong}") String shortNameEn,
        @Size(max = 40, message = "{people.form.tooLong}") String shortNameRu,
        @NotNull(message = "{institution.form.country.required}")
        @Pattern(regexp = "^[A-Z]{2}$", message = "{institution.form.country.invalid}") String country,
        @NotNull(message = "{people.form.choose.required}") InstitutionKind kind,
        @Size(max = 300, message = "{people.form.tooLong}") String website,
        Long version) implements EditForm<InstitutionForm> {

    public InstitutionForm {
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    public static InstitutionForm blank() {
        return new InstitutionForm(null, null, null, null, null, InstitutionKind.THINK_TANK, null, null);
    }

    static InstitutionForm of(Institution institution) {
        return new InstitutionForm(institution.getName().en(), institution.getName().ru(),
                institution.getShortName().en(), institution.getShortName().ru(), institution.getCountry(),
                institution.getKind(), institution.getWebsite(), institution.getVersion());
    }

    @Override
    public InstitutionForm withVersion(Long newVersion) {
        return new InstitutionForm(nameEn, nameRu, shortNameEn, shortNameRu, country, kind, website, newVersion);
    }

    /** The rules that Bean Validation cannot express: a name in one language at least, a web address. */
    public void validate(Errors errors) {
        if (Texts.isBlank(nameEn) && Texts.isBlank(nameRu)) {
            errors.rejectValue("nameEn", "institution.form.name.required");
        }
        if (website != null && !errors.hasFieldErrors("website") && !isWebAddress(website)) {
            errors.rejectValue("website", "institution.form.website.invalid");
        }
    }

    /** An absolute http or https address with a host, such as https://www.rusi.org. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getHost().contains(".");
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    @Override
    public Map<String, Object> fieldsByLabel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("institution.form.name.en", nameEn);
        fields.put("institution.form.name.ru", nameRu);
        fields.put("institution.form.shortName.en", shortNameEn);
        fields.put("institution.form.shortName.ru", shortNameRu);
        fields.put("institution.form.country", country);
        fields.put("institution.form.kind", kind);
        fields.put("institution.form.website", website);
        return fields;
    }
}
