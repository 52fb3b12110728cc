package org.dialoguetracker.hardening;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every POST route of the application, and what {@link XssPayloadBrowserTest} does with it, checked against the
 * request mappings so that a new form cannot slip past the test:
 * <ul>
 * <li>{@code TEXT}: it takes text a person types (or a file they upload): the test fills every text field of its
 * form with payloads, submits it in Chromium and renders every page that shows what it saved;</li>
 * <li>{@code NONE}: it takes no text at all, only ids, numbers, dates and choices of a list;</li>
 * <li>{@code HIDDEN}: it takes text nobody types and no page shows, for the reason given.</li>
 * </ul>
 * What a route takes is read from its controller method: {@code @RequestParam} and plain parameters of type
 * {@code String} or {@code MultipartFile} (or collections of them), and such components of the form records it binds,
 * nested records included.
 */
final class FormRoutes {

    static final String TABLE = """
            POST /admin/outbox/run                                      NONE
            POST /admin/import                                          TEXT    the CSV file of a bulk status update, echoed by its preview
            POST /admin/import/apply                                    HIDDEN  a token the server put in a hidden field (the test submits it)
            POST /admin/import/backup                                   TEXT    a backup file; on a database that holds work it is refused unread
            POST /admin/import/discard                                  HIDDEN  a token the server put in a hidden field (the test submits it)
            POST /admin/users                                           TEXT    username, display name, password twice
            POST /admin/users/{id}/edit                                 TEXT    display name, e-mail address
            POST /admin/users/{id}/password                             TEXT    password twice, never shown again
            POST /dialogues                                             TEXT    names, descriptions
            POST /dialogues/{id}/edit                                   TEXT    names, descriptions
            POST /documents/{id}/access                                 NONE
            POST /documents/{id}/delete                                 NONE
            POST /documents/{id}/replace                                TEXT    a document's new file, whose name the panel shows
            POST /follow-ups/{id}/documents                             TEXT    a document's file and title
            POST /follow-ups/{id}/cancel                                TEXT    the note of a cancellation
            POST /follow-ups/{id}/complete                              TEXT    the completion note
            POST /follow-ups/{id}/edit                                  TEXT    description EN/RU, owner
            POST /institutions                                          TEXT    names, short names, country, website
            POST /institutions/{id}/edit                                TEXT    names, short names, country, website
            POST /meetings                                              TEXT    titles, cities, summaries
            POST /meetings/{id}/documents                               TEXT    a document's file and title
            POST /meetings/{id}/edit                                    TEXT    titles, cities, summaries
            POST /meetings/{id}/report/reviewers                        TEXT    a guest reviewer's name and e-mail
            POST /meetings/{id}/report/reviewers/{invitationId}/revoke  NONE
            POST /meetings/{id}/held                                    NONE
            POST /meetings/{id}/report/draft                            NONE
            POST /meetings/{id}/report/draft/comments                   TEXT    a comment or a reply on a section
            POST /meetings/{id}/report/draft/correction                 NONE
            POST /meetings/{id}/report/draft/publish                    TEXT    the change note of a correction, printed in the edition
            POST /meetings/{id}/report/draft/regenerate                 HIDDEN  the language and the generated text's hash, in hidden fields of the difference page
            POST /meetings/{id}/report/draft/resolution                 NONE
            POST /meetings/{id}/report/draft/sign                       HIDDEN  the language and the content hash the server put in hidden fields
            POST /meetings/{id}/report/draft/text                       TEXT    a section's text in one language (the language a hidden field)
            POST /meetings/{meetingId}/agenda                           TEXT    titles, descriptions
            POST /meetings/{meetingId}/agenda/{itemId}/delete           NONE
            POST /meetings/{meetingId}/agenda/{itemId}/edit             TEXT    titles, descriptions
            POST /meetings/{meetingId}/agenda/{itemId}/move             NONE
            POST /meetings/{meetingId}/attendance                       TEXT    the search it came from (q), carried back to the page
            POST /meetings/{meetingId}/attendance/invite-previous       NONE
            POST /meetings/{meetingId}/attendance/mark-attended         NONE
            POST /meetings/{meetingId}/attendance/participants          TEXT    a new participant's names, position, contacts
            POST /meetings/{meetingId}/attendance/{attendanceId}        NONE
            POST /meetings/{meetingId}/attendance/{attendanceId}/delete NONE
            POST /meetings/{meetingId}/recommendations                  TEXT    reference, titles, texts
            POST /meetings/{meetingId}/statements                       TEXT    the statement's texts
            POST /meetings/{meetingId}/statements/{statementId}/delete  NONE
            POST /meetings/{meetingId}/statements/{statementId}/edit    TEXT    the statement's texts
            POST /participants                                          TEXT    names, position, contacts
            POST /participants/{id}/archive                             NONE
            POST /participants/{id}/delete                              NONE
            POST /participants/{id}/edit                                TEXT    names, position, contacts
            POST /participants/{id}/unarchive                           NONE
            POST /profile/notifications                                 TEXT    one's e-mail address
            POST /profile/tokens                                        TEXT    the name of a personal access token
            POST /profile/tokens/{id}/revoke                            NONE
            POST /recommendations/{id}/archive                          NONE
            POST /recommendations/{id}/documents                        TEXT    a document's file and title
            POST /recommendations/{id}/edit                             TEXT    reference, titles, texts
            POST /recommendations/{id}/status                           TEXT    the note of a status change
            POST /recommendations/{id}/unarchive                        NONE
            POST /recommendations/{recommendationId}/follow-ups         TEXT    description EN/RU, owner
            POST /review/{token}/comments                               TEXT    a guest reviewer's comment on a section
            POST /unsubscribe/{token}                                   NONE
            POST /topics                                                TEXT    slug, names, descriptions
            POST /topics/{slug}/edit                                    TEXT    slug, names, descriptions
            POST /topics/{slug}/merge                                   NONE
            """;

    enum Kind {
        TEXT, NONE, HIDDEN
    }

    record Entry(Kind kind, String why) {
    }

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private FormRoutes() {
    }

    /** {@link #TABLE} by route ({@code "POST /meetings"}); a line that does not read fails the test. */
    static Map<String, Entry> table() {
        Map<String, Entry> table = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\\R")) {
            String[] words = line.strip().split("\\s+", 4);
            if (words.length < 3 || !words[0].equals("POST")) {
                throw new IllegalArgumentException("Cannot read the line: " + line);
            }
            Kind kind = Kind.valueOf(words[2]);
            String why = words.length == 4 ? words[3] : "";
            if (kind != Kind.NONE && why.isBlank()) {
                throw new IllegalArgumentException("Say what the route takes: " + line);
            }
            if (table.put(words[0] + " " + words[1], new Entry(kind, why)) != null) {
                throw new IllegalArgumentException("Two lines for " + words[1]);
            }
        }
        return table;
    }

    /** The text inputs of a controller method, as {@code name} or {@code form.component} (nested: a.b.c). */
    static Set<String> textInputs(HandlerMethod handler) {
        Set<String> inputs = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            Class<?> type = parameter.getParameterType();
            String name = String.valueOf(parameter.getParameterName());
            if (parameter.hasParameterAnnotation(RequestParam.class)
                    || (BeanUtils.isSimpleProperty(type) || MultipartFile.class.isAssignableFrom(type))
                    && !parameter.hasParameterAnnotation(ModelAttribute.class)) {
                if (isText(parameter.getGenericParameterType())) {
                    inputs.add(name);
                }
            }
            else if (type.isRecord()) {
                collect(type, name, inputs);
            }
        }
        return inputs;
    }

    private static void collect(Class<?> record, String prefix, Set<String> inputs) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + "." + component.getName();
            if (component.getType().isRecord()) {
                collect(component.getType(), name, inputs);
            }
            else if (isText(component.getGenericType())) {
                inputs.add(name);
            }
        }
    }

    /** Text, a file, or several of either. */
    private static boolean isText(Type type) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return plain == char[].class || isText(plain.getComponentType());
            }
            return CharSequence.class.isAssignableFrom(plain) || MultipartFile.class.isAssignableFrom(plain);
        }
        if (type instanceof GenericArrayType array) {
            return isText(array.getGenericComponentType());
        }
        return type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && isText(parameterized.getActualTypeArguments()[0]);
    }
}
