package org.dialoguetracker.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dialoguetracker.browser.Browser;
import org.dialoguetracker.hardening.FormRoutes.Kind;
import org.dialoguetracker.hardening.Payloads.Field;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 6: "XSS payloads in every text field of every form, rendered escaped, checked in headless Chromium that no
 * script runs".
 * <p>
 * An admin fills every text field (inputs and text areas, English and Russian) of every form that takes text (the
 * list is {@link FormRoutes#TABLE}, checked against the request mappings) with {@link Payloads}, submits it in
 * Chromium (first as typed: where a field refuses its payload, the form comes back with it, and then with a valid
 * value in that field only), and checks every page the forms lead to there: no script ran ({@code window.__xss}
 * unset, no alert), the DOM holds no element or attribute a payload could have made (an event handler attribute, an
 * inline script, a {@code javascript:} address, an {@code srcdoc}), the console shows no error or
 * content-security-policy violation, and each payload the page shows is there as the literal text that was typed.
 * <p>
 * Then every page that shows what was saved, as the admin in English and in Russian and as a researcher (lists,
 * detail pages, the dashboard, topic pages, searches, the report, the history tabs, the audit trail): its HTML, as
 * the server sends it to the browser's session, is parsed by Chromium without being shown, and holds no such
 * element or attribute, no inline style or script the content security policy would refuse, and each payload as
 * typed. The pages where the most payloads meet (dashboard, meeting, report, topic, recommendation, an error page)
 * are also loaded in the browser and checked as above; loading all of them there cost about half a minute of
 * Chromium's CPU and proved nothing the parse does not, as nothing on a page runs but the layout's own script.
 * The exports (CSV, XLSX, PDF) are not HTML and are left out. Every record made is deleted afterwards.
 */
@IntegrationTest
class XssPayloadBrowserTest {

    /**
     * What a payload could have left in a document, found by script: an inline script, an element that runs or loads
     * something by itself, an event handler or {@code srcdoc} attribute, a {@code javascript:} address.
     */
    private static final String TRACES_OF = """
            const tracesOf = doc => {
                const traces = [];
                for (const element of doc.querySelectorAll('*')) {
                    const tag = element.tagName.toLowerCase();
                    if (tag === 'script' && !element.getAttribute('src')) traces.push('inline script: ' + element.textContent.slice(0, 80));
                    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(tag)) traces.push('a <' + tag + '> element');
                    if (tag === 'img' && /(^|\\/)x$/.test(element.getAttribute('src') || '')) traces.push('an <img src=x>');
                    for (const attribute of element.attributes) {
                        const name = attribute.name.toLowerCase();
                        if (name.startsWith('on') || name === 'srcdoc') traces.push(tag + ' has ' + name + '=' + attribute.value);
                        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)
                                && /^\\s*javascript:/i.test(attribute.value)) traces.push(tag + ' ' + name + '=' + attribute.value);
                    }
                }
                return traces;
            };
            """;

    /** In the page shown: its traces, and the marker {@code window.__xss} that every payload sets. */
    private static final String TRACES = TRACES_OF + """
            const traces = tracesOf(document);
            if (typeof window.__xss !== 'undefined') traces.push('window.__xss = ' + window.__xss);
            return traces;""";

    /**
     * In a page's HTML, parsed by Chromium as it parses a page it loads but neither shown nor run: its traces, and
     * what the content security policy would refuse there (its console's errors in a page shown); its text, its
     * error pages, and the text fields of its form.
     */
    private static final String PARSED = TRACES_OF + """
            const doc = new DOMParser().parseFromString(arguments[0], 'text/html');
            const traces = tracesOf(doc);
            for (const element of doc.querySelectorAll('style, [style]')) {
                traces.push('an inline style the content security policy refuses: ' + element.outerHTML.slice(0, 80));
            }
            const form = doc.querySelector('main form[method=post]');
            return {
                traces: traces,
                text: doc.body.textContent,
                errorPages: doc.querySelectorAll('.error-page').length,
                pagination: doc.querySelectorAll('.pagination').length,
                controls: form ? [...form.querySelectorAll('input[name], textarea[name]')].map(e => ({
                    name: e.name, type: e.tagName === 'TEXTAREA' ? 'textarea' : e.type, value: e.value})) : []
            };""";

    /** Fields their form record upper-cases as it binds them (a country code, a reference). */
    private static final Set<String> UPPER_CASED = Set.of("country", "reference");

    /**
     * Chromium asks for {@code /favicon.ico} on a page that names no icon (the printable report, the page of a
     * restore): that 404, which the console shows on the next page checked, is not what this test looks for.
     */
    private static final String FAVICON = "/favicon.ico - Failed to load resource";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path files;

    private final String run = "zq" + ThreadLocalRandom.current().nextInt(1000, 10_000);

    private final Payloads payloads = new Payloads(run);

    /** The POST routes the forms submitted to, as {@code "POST /meetings"}. */
    private final Set<String> submitted = new TreeSet<>();

    /** Payloads a page should show as typed but does not, reported at the end. */
    private final List<String> missing = new ArrayList<>();

    /** Pages checked in the browser, and parsed, for the summary line. */
    private int pages;

    private int parsed;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final Created created = new Created();

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void removeWhatTheFormsMade() {
        created.removeAll(jdbc);
    }

    @Test
    void every_post_route_is_listed_with_what_it_takes() {
        Map<String, FormRoutes.Entry> table = FormRoutes.table();
        Map<String, Set<String>> routes = new TreeMap<>();
        for (Route route : Route.all(context)) {
            if (!route.isGet()) {
                routes.put(route.key(), FormRoutes.textInputs(route.handler()));
            }
        }
        assertThat(new TreeSet<>(routes.keySet()))
                .as("POST routes of the application; every one needs a line in FormRoutes.TABLE (TEXT, NONE or HIDDEN), "
                        + "and a TEXT one a step in XssPayloadBrowserTest that fills and submits its form")
                .isEqualTo(new TreeSet<>(table.keySet()));
        List<String> wrong = new ArrayList<>();
        routes.forEach((key, inputs) -> {
            Kind kind = table.get(key).kind();
            if (kind == Kind.NONE && !inputs.isEmpty()) {
                wrong.add(key + " takes text " + inputs + ", but is listed as NONE: make it TEXT and cover it");
            }
            if (kind != Kind.NONE && inputs.isEmpty()) {
                wrong.add(key + " takes no text, but is listed as " + kind);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void payloads_in_every_text_field_are_shown_as_typed_and_never_run() {
        Browser.assumeAvailable();
        if (browser == null) {
            browser = Browser.start();
        }
        long started = System.nanoTime();
        failedLogin();
        logIn("admin");

        created.dialogue = jdbc.queryForObject("""
                insert into dialogue (name_en, name_ru, track_level) values (?, ?, 'TRACK_2') returning id""", Long.class,
                payloads.next("dialogue.nameEn", Field.TEXT, false), payloads.next("dialogue.nameRu", Field.TEXT, true));

        institution();
        participant();
        topic();
        meeting();
        agendaItem();
        attendance();
        statement();
        recommendation();
        followUps();
        documents();
        reportDraft();
        account();
        accessToken();
        notificationPreferences();
        bulkStatusUpdate();
        restore();
        searchesAndFilters();
        // last, so that every form before it gets the payloads it always had (the templates go round in turn)
        dialogue();
        long formsDone = System.nanoTime();
        List<String> notSubmitted = FormRoutes.table().entrySet().stream()
                .filter(entry -> entry.getValue().kind() == Kind.TEXT && !submitted.contains(entry.getKey()))
                .map(Map.Entry::getKey).toList();
        assertThat(notSubmitted).as("forms with text fields the test never submitted").isEmpty();

        for (String language : List.of("en", "ru")) {
            open("/?lang=" + language);
            for (Shown page : adminPages()) {
                check(page, language);
            }
        }
        open("/?lang=en");
        switchUser("researcher");
        for (Shown page : researcherPages()) {
            check(page, "en");
        }
        assertThat(missing).as("payloads not shown as typed where they belong").isEmpty();
        System.out.printf("[xss] %d POST routes submitted in %.1f s; %d pages checked in the browser and %d parsed "
                + "in %.1f s in all%n", submitted.size(), (formsDone - started) / 1e9, pages, parsed,
                (System.nanoTime() - started) / 1e9);
    }

    // --- the forms ---

    private void institution() {
        open("/institutions/new");
        submit("institution", "main form[method=post]", Map.of("country", "GB", "website",
                "https://" + run + ".example.org/"));
        created.institution = id("select id from institution where name_en = ?", payloads.get("institution.nameEn"));
        open("/institutions/" + created.institution + "/edit");
        assertFormHolds("institution", "main form[method=post]");
        submit("institution-edit", "main form[method=post]", Map.of("country", "RU", "website",
                "https://" + run + ".example.org/edited"));
    }

    /** A new dialogue organised by the institution, then edited. */
    private void dialogue() {
        open("/dialogues/new");
        select("organiserIds", created.institution);
        submit("dialogue-new", "main form[method=post]", Map.of());
        created.newDialogue = id("select id from dialogue where name_en = ?", payloads.get("dialogue-new.nameEn"));
        open("/dialogues/" + created.newDialogue + "/edit");
        assertFormHolds("dialogue-new", "main form[method=post]");
        submit("dialogue-edit", "main form[method=post]", Map.of());
    }

    private void participant() {
        open("/participants/new");
        select("side", "UK");
        select("institutionId", created.institution);
        submit("participant", "main form[method=post]", contacts(""));
        created.participants.add(id("select id from participant where name_latin = ?",
                payloads.get("participant.nameLatin")));
        open("/participants/" + created.participants.get(0) + "/edit");
        assertFormHolds("participant", "main form[method=post]");
        submit("participant-edit", "main form[method=post]", contacts(""));
    }

    private void topic() {
        open("/topics/new");
        submit("topic", "#topic-form", Map.of("slug", run + "-topic"));
        created.topic = id("select id from topic where slug = ?", run + "-topic");
        open("/topics/" + run + "-topic/edit");
        assertFormHolds("topic", "#topic-form");
        submit("topic-edit", "#topic-form", Map.of("slug", run + "-topic"));
    }

    private void meeting() {
        open("/meetings/new");
        select("dialogueId", created.dialogue);
        select("hostInstitutionId", created.institution);
        // tomorrow, so that the dashboard lists it among the upcoming rounds; published, so that researchers read all
        date("startDate", LocalDate.now().plusDays(1));
        date("endDate", LocalDate.now().plusDays(2));
        select("attributionRule", "NAMED");
        submit("meeting", "main form[method=post]", Map.of());
        created.meeting = id("select id from meeting where title_en = ?", payloads.get("meeting.titleEn"));
        // no form sets the status (it moves by the meeting's lifecycle): published as the report module would
        jdbc.update("update meeting set status = 'REPORT_PUBLISHED' where id = ?", created.meeting);
        open("/meetings/" + created.meeting + "/edit");
        assertFormHolds("meeting", "main form[method=post]");
        submit("meeting-edit", "main form[method=post]", Map.of());
    }

    private void agendaItem() {
        open("/meetings/" + created.meeting + "/agenda/new");
        tick("topicIds", created.topic);
        submit("agenda", "main form[method=post]", Map.of());
        created.agendaItem = id("select id from agenda_item where meeting_id = ?", created.meeting);
        open("/meetings/" + created.meeting + "/agenda/" + created.agendaItem + "/edit");
        assertFormHolds("agenda", "main form[method=post]");
        submit("agenda-edit", "main form[method=post]", Map.of());
    }

    /** The search of people on file (a GET form), inviting one from it, and creating and inviting someone new. */
    private void attendance() {
        String attendancePage = "/meetings/" + created.meeting + "/attendance";
        open(attendancePage);
        // search for the participant by their whole name, payload and all: found, and the search shown as typed
        String name = payloads.get("participant-edit.nameLatin");
        WebElement search = driver().findElement(By.cssSelector("#invite form[role=search]"));
        setValues(search, Map.of("q", name));
        clickAndLoad(search.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the attendance search", List.of());
        assertThat(driver().findElement(By.cssSelector("#invite input[name=q]")).getDomProperty("value")).isEqualTo(name);
        WebElement candidate = driver().findElement(By.id("candidate-" + created.participants.get(0)));
        new Select(candidate.findElement(By.cssSelector("select[name=status]"))).selectByValue("ATTENDED");
        new Select(candidate.findElement(By.cssSelector("select[name=role]"))).selectByValue("CHAIR");
        record(candidate.findElement(By.tagName("form")));
        clickAndLoad(candidate.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the attendance page after inviting", List.of(name));
        assertThat(driver().findElement(By.cssSelector("#invite input[name=q]")).getDomProperty("value"))
                .as("the search carried back").isEqualTo(name);
        // a search that finds nobody says so, with the query in the sentence
        search("/meetings/" + created.meeting + "/attendance", "#invite form[role=search]", "attendance");
        checkHere("the attendance search that finds nobody", List.of(payloads.get("attendance.q")));

        open(attendancePage);
        select("participant-side", "RUSSIA");
        select("participant-institutionId", created.institution);
        select("status", "ATTENDED");
        select("role", "SPEAKER");
        submit("attendee", "#new-attendee form", contacts("participant."));
        created.participants.add(id("select id from participant where name_latin = ?",
                payloads.get("attendee.participant.nameLatin")));
    }

    private void statement() {
        open("/meetings/" + created.meeting + "/minutes");
        select("agendaItemId", created.agendaItem);
        select("side", "RUSSIA");
        select("attribution", "NAMED");
        select("speakerId", created.participants.get(1));
        tick("topicIds", created.topic);
        submit("statement", "#statement-form", Map.of());
        created.statement = id("select id from statement where meeting_id = ?", created.meeting);
        open("/meetings/" + created.meeting + "/statements/" + created.statement + "/edit");
        assertFormHolds("statement", "#statement-form");
        submit("statement-edit", "#statement-form", Map.of());
    }

    private void recommendation() {
        open("/meetings/" + created.meeting + "/recommendations/new");
        select("addressedTo", "OSCE");
        select("feasibility", "POSSIBLE");
        select("consensus", "MAJORITY");
        tick("topicIds", created.topic);
        select("statementIds", created.statement);
        submit("recommendation", "main form[method=post]", Map.of("reference", reference()));
        created.recommendation = id("select id from recommendation where reference = ?", reference());
        open("/recommendations/" + created.recommendation + "/edit");
        assertFormHolds("recommendation", "main form[method=post]");
        submit("recommendation-edit", "main form[method=post]", Map.of("reference", reference()));

        open("/recommendations/" + created.recommendation + "/status");
        select("status", "UNDER_CONSIDERATION");
        submit("status", "main form[method=post]", Map.of());
    }

    /** Three actions: one left open and overdue (and edited), one completed, one cancelled. */
    private void followUps() {
        for (String action : List.of("open", "done", "cancelled")) {
            open("/recommendations/" + created.recommendation + "/follow-ups/new");
            date("dueDate", LocalDate.of(1990, 1, 2));
            submit("followup-" + action, "main form[method=post]", Map.of());
            created.followUps.put(action, id("select id from follow_up_action where description_en = ?",
                    payloads.get("followup-" + action + ".descriptionEn")));
        }
        open("/follow-ups/" + created.followUps.get("open") + "/edit");
        assertFormHolds("followup-open", "main form[method=post]");
        submit("followup-open-edit", "main form[method=post]", Map.of());
        open("/follow-ups/" + created.followUps.get("done") + "/complete");
        submit("completion", "main form[method=post]", Map.of());
        open("/follow-ups/" + created.followUps.get("cancelled") + "/cancel");
        submit("cancellation", "main form[method=post]", Map.of());
    }

    /**
     * The documents panels: a text file under a payload's name, with a payload for its title, uploaded on the meeting,
     * on the recommendation and on a follow-up action; and the meeting's document replaced by another such file. (A
     * name with a slash is refused as a path, so the payloads' names do without.)
     */
    private void documents() {
        String meeting = "/meetings/" + created.meeting;
        open(meeting);
        attach("main form.document-upload", "'><img src=x onerror=alert(4)> " + run + ".txt");
        submit("document-meeting", "main form.document-upload", Map.of());
        String recommendation = "#documents-recommendations-" + created.recommendation + " form.document-upload";
        open("/recommendations/" + created.recommendation);
        attach(recommendation, "<svg onload=alert(5)> " + run + ".txt");
        submit("document-recommendation", recommendation, Map.of());
        String followUp = "#documents-follow-ups-" + created.followUps.get("open") + " form.document-upload";
        open("/recommendations/" + created.recommendation);
        attach(followUp, "'><iframe srcdoc=x onload=alert(6)> " + run + ".txt");
        submit("document-followup", followUp, Map.of());
        open(meeting);
        openDetails();
        WebElement replace = driver().findElement(By.cssSelector("main form.document-replace"));
        replace.findElement(By.cssSelector("input[type=file]")).sendKeys(
                fileNamed("<img src=y onerror=alert(7)> " + run + ".txt", "Replaced " + run).toAbsolutePath().toString());
        record(replace);
        clickAndLoad(replace.findElement(By.cssSelector("button[type=submit]")));
        checkHere("a document replaced", List.of());
        assertThat(driver().findElements(By.cssSelector("main .alert-success"))).as("the document replaced").isNotEmpty();
    }

    private void attach(String formSelector, String name) {
        driver().findElement(By.cssSelector(formSelector)).findElement(By.cssSelector("input[type=file]"))
                .sendKeys(fileNamed(name, "A payload document " + run).toAbsolutePath().toString());
    }

    /**
     * The meeting's report: drafted, a section's English text and a comment typed with payloads, signed off (the
     * payloads' dialogue names admin as both sides' lead, so that one browser can take the draft through), published,
     * corrected and published again with a change note.
     */
    private void reportDraft() {
        String draft = "/meetings/" + created.meeting + "/report/draft";
        jdbc.update("""
                update dialogue set uk_lead_id = (select id from app_user where username = 'admin'),
                                    russia_lead_id = (select id from app_user where username = 'admin')
                 where id = ?""", created.dialogue);
        open(draft);
        clickAndLoad(driver().findElement(By.cssSelector("#start-draft button[type=submit]")));
        openDetails();
        submit("draft-text", "main form.section-text-form", Map.of());
        guestReview();
        submit("draft-comment", "main form.comment-form", Map.of());
        signOffAll();
        clickAndLoad(driver().findElement(By.cssSelector("#publish button[type=submit]")));
        clickAndLoad(driver().findElement(By.cssSelector("#correction button[type=submit]")));
        signOffAll();
        submit("draft-publish", "#publish form", Map.of());
        assertThat(jdbc.queryForObject("select count(*) from report_edition where meeting_id = ?", Integer.class,
                created.meeting)).as("editions of the payloads' meeting").isEqualTo(2);
    }

    /**
     * A guest reviewer invited with a payload for a name (and one for an e-mail address, refused), whose link then
     * opens the draft in this browser (the admin's session counts for nothing there) and takes a comment typed with a
     * payload: the reviewers' page, the guest's page and the organisers' workspace show them as typed.
     */
    private void guestReview() {
        open("/meetings/" + created.meeting + "/report/reviewers");
        submit("reviewer", "main form.invite-form", Map.of("email", "reviewer@example.org"), "main #new-link");
        created.reviewLink = path(driver().findElement(By.id("new-link-value")).getDomProperty("value"));
        open(created.reviewLink);
        submit("guest-comment", "main form.new-comment", Map.of(), "main .alert-success");
        open("/meetings/" + created.meeting + "/report/draft");
    }

    private void signOffAll() {
        for (int slot = 0; slot < 4; slot++) {
            clickAndLoad(driver().findElement(By.cssSelector("#signoff .sign-button:not([disabled])")));
        }
    }

    private void openDetails() {
        ((JavascriptExecutor) driver()).executeScript("document.querySelectorAll('main details').forEach(d => d.open = true)");
    }

    private void account() {
        String username = run + ".account";
        open("/admin/users/new");
        // refused first for the username; the passwords, never shown again, are typed anew
        String password = payloads.next("account.password", Field.TEXT, false);
        submit("account", "main form[method=post]",
                Map.of("username", username, "password", password, "passwordConfirmation", password));
        created.account = id("select id from app_user where username = ?", username);
        open("/admin/users/" + created.account + "/edit");
        assertFormHolds("account", "main form[method=post]");
        // the e-mail address is refused (a payload is no address), and shown back as typed; then a plain one is taken
        submit("account-edit", "main form[method=post]", Map.of("email", "xss-account-" + run + "@example.org"));
        // a password refused (the confirmation differs): neither is shown back
        open("/admin/users/" + created.account + "/edit");
        WebElement form = driver().findElement(By.cssSelector("form[action$='/password']"));
        record(form);
        form.findElement(By.name("password")).sendKeys(payloads.next("reset.password", Field.TEXT, false));
        form.findElement(By.name("passwordConfirmation")).sendKeys(payloads.next("reset.confirmation", Field.TEXT, false));
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the refused password reset", List.of());
        assertThat(driver().findElements(By.cssSelector(".is-invalid"))).as("the refused confirmation").isNotEmpty();
        assertThat(driver().getPageSource()).doesNotContain(Payloads.marker(payloads.get("reset.password")),
                Payloads.marker(payloads.get("reset.confirmation")));
    }

    /** A personal access token named with a payload, listed on the profile page. */
    private void accessToken() {
        open("/profile");
        // a new token shows its secret, once, in a warning rather than a success message
        submit("token", "main form.new-token-form", Map.of(), "main #new-token");
    }

    /** One's e-mail address on the profile's notifications section: refused as typed, then a plain one saved. */
    private void notificationPreferences() {
        open("/profile");
        submit("notifications", "main form[action$='/profile/notifications']", Map.of("email", "admin@example.org"));
    }

    /**
     * A CSV file with the recommendation's reference and one that does not exist, statuses valid and not, notes and
     * follow-ups all payloads, under a file name that is one too: its preview shows each as text. Discarded; then
     * the valid line alone is uploaded and applied.
     */
    private void bulkStatusUpdate() {
        String header = "reference,status,note,follow_up,follow_up_ru,follow_up_due\n";
        String good = csv(reference(), "ADOPTED", payloads.next("import.note", Field.TEXT, false),
                payloads.next("import.followUpEn", Field.TEXT, false), payloads.next("import.followUpRu", Field.TEXT, true),
                "1990-01-03");
        String bad = csv(payloads.next("import.reference", Field.TEXT, false),
                payloads.next("import.status", Field.TEXT, false), payloads.next("import.badNote", Field.TEXT, false),
                "", "", "");
        // (Chromium sends a double quote in a file name as %22, so the name does without)
        String badName = "'><img src=x onerror=alert(1)> " + run + ".csv";

        upload("/admin/import", fileNamed(badName, header + good + bad));
        assertThat(path(driver().getCurrentUrl())).isEqualTo("/admin/import/preview");
        checkHere("the preview of a file with errors", List.of(badName, payloads.get("import.reference"),
                payloads.get("import.status")));
        WebElement discard = driver().findElement(By.cssSelector("form.import-discard"));
        record(discard);
        clickAndLoad(discard.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the import page after discarding", List.of());

        upload("/admin/import", fileNamed(run + ".csv", header + good));
        checkHere("the preview of a valid file", List.of(payloads.get("import.note"),
                payloads.get("import.followUpEn")));
        WebElement apply = driver().findElement(By.cssSelector("form.import-apply"));
        record(apply);
        clickAndLoad(apply.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the import page after applying", List.of());
        assertThat(jdbc.queryForObject("select status from recommendation where id = ?", String.class,
                created.recommendation)).as("the applied status").isEqualTo("ADOPTED");
    }

    /**
     * A backup whose header is all payloads. The tests' database holds work, so it is refused before it is read:
     * the page of the refusal is checked like any other.
     */
    private void restore() {
        String backup = "{\"format\":\"<script>window.__xss='" + run + "b'</script>\",\"formatVersion\":1,"
                + "\"schemaVersion\":\"<img src=x onerror=alert(2)>\",\"tables\":[]}";
        upload("/admin/import/backup", fileNamed("\"><svg onload=alert(3)>.json", backup));
        checkHere("the refused restore", List.of());
        assertThat(driver().findElements(By.cssSelector(".restore-refused"))).as("the restore refused").isNotEmpty();
    }

    /**
     * Not a form of the app's controllers but of Spring Security's filter, and the one an anonymous visitor reaches:
     * a failed login is recorded in the audit trail under the username as typed, which admins read.
     */
    private void failedLogin() {
        open("/login");
        WebElement form = driver().findElement(By.cssSelector("form[action$='/login']"));
        setValues(form, Map.of("username", payloads.next("login.username", Field.TEXT, false), "password",
                "not the password"));
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(driver().getCurrentUrl()).as("the failed login").contains("/login?error");
        checkHere("the failed login", List.of());
    }

    /**
     * The GET forms that take text, and an export whose filter the audit trail records as given: a researcher's
     * text that admins read.
     */
    private void searchesAndFilters() {
        search("/recommendations", "main form.browse-search", "recommendations");
        search("/search", "main form.site-search", "sitesearch");
        search("/participants", "main form[role=search]", "participants");
        search("/admin/audit", "main form[method=get]", "audit");
        for (String parameter : List.of("status", "topic", "slug")) {
            payloads.next("search." + parameter, Field.TEXT, false);
        }
        String topic = payloads.next("export.topic", Field.TEXT, false);
        Object status = ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/export/recommendations.csv?topic=' + encodeURIComponent(arguments[0]))
                    .then(response => done(response.status), error => done(String(error)));""", topic);
        assertThat(status).as("the export with a payload for its topic").isEqualTo(200L);
    }

    // --- the pages that show it ---

    private List<Shown> adminPages() {
        String meeting = "/meetings/" + created.meeting;
        String recommendation = "/recommendations/" + created.recommendation;
        String topic = "/topics/" + run + "-topic";
        return List.of(
                shown(page("/", "meeting-edit.title*", "followup-open-edit.description*")),
                page("/meetings", "meeting-edit.title*", "meeting-edit.city*", "dialogue.name*",
                        "institution-edit.shortName*"),
                shown(page(meeting, "meeting-edit.title*", "meeting-edit.city*", "meeting-edit.summary*", "dialogue.name*",
                        "document-meeting.title",
                        "institution-edit.name*", "agenda-edit.title*", "agenda-edit.description*",
                        "statement-edit.text*", "recommendation-edit.title*", "participant-edit.nameLatin",
                        "participant-edit.nameCyrillic", "attendee.participant.nameLatin",
                        "attendee.participant.nameCyrillic", "institution-edit.shortName*")),
                page(meeting + "/history", "meeting.titleEn", "meeting-edit.titleEn", "meeting.summaryRu",
                        "meeting-edit.summaryRu"),
                page(meeting + "/attendance", "participant-edit.nameLatin", "participant-edit.nameCyrillic",
                        "attendee.participant.nameLatin", "institution-edit.shortName*"),
                page(meeting + "/minutes", "statement-edit.text*", "agenda-edit.title*"),
                shown(page(meeting + "/report/draft", "draft-text.text", "draft-comment.body", "guest-comment.body")),
                page(meeting + "/report/reviewers", "reviewer.name"),
                page(meeting + "/report/editions", "draft-publish.changeNote"),
                page(meeting + "/report/editions/1", "draft-publish.changeNote"),
                shown(page(meeting + "/report", "meeting-edit.titleEn", "meeting-edit.summaryEn",
                        "statement-edit.textEn", "recommendation-edit.titleEn", "recommendation-edit.textEn",
                        "topic-edit.nameEn")),
                page(meeting + "/report?lang=ru", "meeting-edit.titleRu", "meeting-edit.summaryRu",
                        "statement-edit.textRu", "recommendation-edit.titleRu", "recommendation-edit.textRu",
                        "topic-edit.nameRu"),
                form(meeting + "/edit", "meeting-edit"),
                form(meeting + "/agenda/" + created.agendaItem + "/edit", "agenda-edit"),
                form(meeting + "/statements/" + created.statement + "/edit", "statement-edit"),
                page("/institutions?size=100", "institution-edit.name*", "institution-edit.shortName*"),
                form("/institutions/" + created.institution + "/edit", "institution-edit"),
                page("/dialogues", "dialogue.name*", "dialogue-edit.name*", "institution-edit.shortName*"),
                form("/dialogues/" + created.newDialogue + "/edit", "dialogue-edit"),
                page("/participants?q=" + run, "participant-edit.nameLatin", "participant-edit.nameCyrillic",
                        "attendee.participant.nameLatin"),
                page("/participants/" + created.participants.get(0), "participant-edit.nameLatin",
                        "participant-edit.nameCyrillic", "participant-edit.position*", "meeting-edit.title*"),
                form("/participants/" + created.participants.get(0) + "/edit", "participant-edit"),
                page("/topics", "topic-edit.name*"),
                shown(page(topic, "topic-edit.name*", "topic-edit.description*", "recommendation-edit.title*",
                        "statement-edit.text*")),
                form(topic + "/edit", "topic-edit"),
                page(topic + "/merge", "topic-edit.name*"),
                page("/recommendations?meeting=" + created.meeting, "recommendation-edit.title*"),
                page("/recommendations?q=" + titleWord(), "recommendation-edit.title*"),
                shown(page(recommendation, "recommendation-edit.title*", "recommendation-edit.textEn",
                        "document-recommendation.title", "document-followup.title",
                        "recommendation-edit.textRu", "status.note*", "import.note", "followup-open-edit.description*",
                        "followup-open-edit.ownerText", "completion.completionNote", "statement-edit.text*",
                        "meeting-edit.title*", "topic-edit.name*", "import.followUp*")),
                form(recommendation + "/edit", "recommendation-edit"),
                page(recommendation + "/history", "recommendation.titleEn", "recommendation-edit.titleEn",
                        "recommendation.textRu", "recommendation-edit.textRu"),
                page(recommendation + "/status", "recommendation-edit.title*"),
                page("/follow-ups?overdue=true&size=100", "followup-open-edit.description*",
                        "followup-open-edit.ownerText", "recommendation-edit.title*"),
                page("/follow-ups?status=DONE&size=100", "followup-done.description*", "completion.completionNote"),
                form("/follow-ups/" + created.followUps.get("open") + "/edit", "followup-open-edit"),
                page("/follow-ups/" + created.followUps.get("done") + "/complete", "followup-done.description*"),
                page("/follow-ups/" + created.followUps.get("cancelled") + "/cancel", "followup-cancelled.description*"),
                page("/admin/users", "account-edit.displayName"),
                page("/profile", "token.name"),
                form("/admin/users/" + created.account + "/edit", "account-edit"),
                page("/admin/audit?user=" + encoded(payloads.get("login.username")), "login.username"),
                page("/admin/audit?kind=EXPORT&user=admin", "export.topic"),
                // an unreadable status is left out with a notice; the unknown topic is named in another
                page("/recommendations?status=" + encoded(payloads.get("search.status")) + "&topic="
                        + encoded(payloads.get("search.topic")), "search.topic"),
                // (without slashes: an encoded one is refused by the server before the app sees it)
                shown(error("/topics/" + encoded(payloads.get("search.slug").replace("/", "")).replace("+", "%20"))),
                // the guest's page, parsed (it was seen in the browser when the comment was submitted)
                page(created.reviewLink, "guest-comment.body", "reviewer.name", "draft-text.text"));
    }

    private List<Shown> researcherPages() {
        String meeting = "/meetings/" + created.meeting;
        String recommendation = "/recommendations/" + created.recommendation;
        return List.of(
                page("/", "meeting-edit.title*", "followup-open-edit.description*"),
                page("/meetings", "meeting-edit.title*"),
                shown(page(meeting, "meeting-edit.title*", "meeting-edit.summary*", "agenda-edit.title*",
                        "statement-edit.text*", "attendee.participant.nameLatin", "recommendation-edit.title*")),
                page(meeting + "/report", "meeting-edit.titleEn", "statement-edit.textEn",
                        "attendee.participant.nameLatin"),
                shown(page(meeting + "/report/editions", "draft-publish.changeNote")),
                page("/topics/" + run + "-topic", "topic-edit.name*", "recommendation-edit.title*",
                        "statement-edit.text*"),
                page("/recommendations?q=" + titleWord(), "recommendation-edit.title*"),
                shown(page(recommendation, "recommendation-edit.title*", "recommendation-edit.textEn", "status.note*",
                        "followup-open-edit.description*", "completion.completionNote")),
                page("/follow-ups?overdue=true&size=100", "followup-open-edit.description*"),
                page("/institutions?size=100", "institution-edit.name*"),
                page("/dialogues", "dialogue.name*", "dialogue-edit.name*"));
    }

    /**
     * A page and the payloads it shows; {@code key*} is the English field in English, the Russian in Russian. A form
     * page names the form whose saved payloads its fields hold; an error page is expected to be one. A page
     * {@link #shown(Shown) shown} in the browser is also loaded there, with its styles and script.
     */
    private record Shown(String path, List<String> keys, String form, boolean error, boolean inBrowser) {
    }

    private static Shown page(String path, String... keys) {
        return new Shown(path, List.of(keys), null, false, false);
    }

    private static Shown form(String path, String formKey) {
        return new Shown(path, List.of(), formKey, false, false);
    }

    /** The 400 or 404 page of an address with payloads in it (its language links repeat the address). */
    private static Shown error(String path) {
        return new Shown(path, List.of(), null, true, false);
    }

    /**
     * The page loaded in the browser as well: no alert, no {@code window.__xss}, a clean console. The pages that show
     * the most payloads, in each language and role; every other page's HTML is parsed by Chromium and checked for
     * what could run (see {@link #checkParsed}), the same as a page shown bar the script's run.
     */
    private static Shown shown(Shown page) {
        return new Shown(page.path(), page.keys(), page.form(), page.error(), true);
    }

    /**
     * Every page parsed, in the session (and so the language) of the browser; the pages {@link #shown(Shown)} loaded
     * in the browser too.
     */
    private void check(Shown page, String language) {
        List<String> texts = new ArrayList<>();
        for (String key : page.keys()) {
            String base = key.substring(0, key.length() - 1);
            String suffixed = base + ("ru".equals(language) ? "Ru" : "En");
            // a pair whose English field has no suffix (the status change's note and noteRu)
            texts.add(payloads.get(!key.endsWith("*") ? key
                    : payloads.has(suffixed) || "ru".equals(language) ? suffixed : base));
        }
        checkParsed(page, language, texts);
        if (!page.inBrowser()) {
            return;
        }
        open(page.path());
        if (page.path().contains("size=100") && !texts.isEmpty()) {
            // a list other tests add to: its page that holds the record, if not the first
            String marker = Payloads.marker(texts.get(0));
            for (int next = 1; next < 20 && !shownText().contains(marker)
                    && !driver().findElements(By.cssSelector(".pagination")).isEmpty(); next++) {
                open(page.path() + "&page=" + next);
            }
        }
        checkHere(page.path() + " (" + language + ")", texts, page.error());
        if (page.form() != null) {
            assertFormHolds(page.form(), "main form[method=post]");
        }
    }

    /**
     * The page's HTML, as the server sends it to the browser's session, parsed by Chromium without showing it: no
     * trace of a payload, nothing the content security policy would refuse, the error page where one is expected,
     * each of {@code texts} in its text as typed, and the form's fields holding what was saved.
     */
    private void checkParsed(Shown page, String language, List<String> texts) {
        String what = page.path() + " (" + language + ", parsed)";
        Parsed parsed = parse(page.path(), page.error());
        if (page.path().contains("size=100") && !texts.isEmpty()) {
            // a list other tests add to: its page that holds the record, if not the first
            String marker = Payloads.marker(texts.get(0));
            for (int next = 1; next < 20 && !parsed.text().contains(marker) && parsed.paginated(); next++) {
                parsed = parse(page.path() + "&page=" + next, false);
            }
        }
        this.parsed++;
        assertThat(parsed.traces()).as("what payloads made of " + what).isEmpty();
        assertThat(parsed.errorPages()).as("an error page for " + what).isEqualTo(page.error() ? 1 : 0);
        String shown = parsed.text();
        texts.stream().filter(text -> !shown.contains(normalized(text)))
                .forEach(text -> missing.add(what + ": " + payloads.keyOf(text) + " = " + text));
        if (page.form() != null) {
            assertHolds(page.form(), parsed.controls(), what);
        }
    }

    /** What {@link #PARSED} found in a page's HTML. */
    private record Parsed(List<String> traces, String text, long errorPages, boolean paginated,
            List<Control> controls) {
    }

    @SuppressWarnings("unchecked")
    private Parsed parse(String path, boolean errorPage) {
        String cookies = driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", cookies).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        if (errorPage) {
            assertThat(response.statusCode()).as("the status of " + path).isIn(400, 404);
        }
        else {
            assertThat(response.statusCode()).as("the status of " + path).isEqualTo(200);
        }
        Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) driver()).executeScript(PARSED,
                response.body());
        List<Control> controls = ((List<Map<String, String>>) found.get("controls")).stream()
                .map(c -> new Control(c.get("name"), c.get("type"), c.get("value"))).toList();
        return new Parsed((List<String>) found.get("traces"), normalized((String) found.get("text")),
                (Long) found.get("errorPages"), (Long) found.get("pagination") > 0, controls);
    }

    // --- filling and submitting ---

    /**
     * Fills every text field of the form with a new payload, remembered as {@code formKey.name}, and submits it. If
     * the form comes back refused, every field must hold what was typed; then the fields named in {@code valid} get
     * those values (their payloads are forgotten) and it is submitted again, and must be taken.
     */
    private void submit(String formKey, String formSelector, Map<String, String> valid) {
        submit(formKey, formSelector, valid, "main .alert-success");
    }

    /** As {@link #submit(String, String, Map)}, for a form whose saved state shows as {@code savedSelector}. */
    private void submit(String formKey, String formSelector, Map<String, String> valid, String savedSelector) {
        WebElement form = driver().findElement(By.cssSelector(formSelector));
        Map<String, String> values = new LinkedHashMap<>();
        String password = null;
        for (Control control : controls(form)) {
            Field kind = switch (control.type()) {
                case "textarea" -> Field.TEXTAREA;
                case "url" -> Field.ADDRESS;
                case "text", "search", "email", "tel", "password" ->
                        control.name().startsWith("shortName") ? Field.SHORT : Field.TEXT;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            if (control.type().equals("password")) {
                // one password, typed twice, so that the form is refused for another field, not a mismatch
                password = password != null ? password : payloads.next(formKey + ".password", kind, false);
                values.put(control.name(), password);
            }
            else {
                values.put(control.name(), payloads.next(formKey + "." + control.name(), kind,
                        control.name().endsWith("Ru") || control.name().endsWith("Cyrillic")));
            }
        }
        assertThat(values).as("text fields of " + formSelector).isNotEmpty();
        setValues(form, values);
        record(form);
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
        checkHere(formKey + " as submitted", List.of());

        if (refused()) {
            assertFormHolds(formKey, formSelector);
            assertThat(valid).as("fields refused in " + formKey + ": " + refusedFields()).isNotEmpty();
            form = driver().findElement(By.cssSelector(formSelector));
            setValues(form, valid);
            valid.keySet().forEach(name -> payloads.replaced(formKey + "." + name));
            record(form);
            clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
            checkHere(formKey + " submitted again", List.of());
            assertThat(refused()).as("fields still refused in " + formKey + ": " + refusedFields()).isFalse();
        }
        assertThat(driver().findElements(By.cssSelector(savedSelector))).as(formKey + " saved").isNotEmpty();
    }

    /**
     * A GET form (a search, a filter): a payload in each of its text fields, each found as typed in the form of the
     * page it leads to.
     */
    private void search(String page, String formSelector, String formKey) {
        open(page);
        WebElement form = driver().findElement(By.cssSelector(formSelector));
        Map<String, String> values = new LinkedHashMap<>();
        for (Control control : controls(form)) {
            if (List.of("text", "search").contains(control.type())) {
                values.put(control.name(), payloads.next(formKey + "." + control.name(), Field.TEXT, false));
            }
        }
        setValues(form, values);
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
        checkHere("the search " + formKey, List.of());
        if (!values.isEmpty()) {
            assertFormHolds(formKey, formSelector);
        }
    }

    /** The create-and-invite and the participant forms: valid contacts, as the payloads are not. */
    private Map<String, String> contacts(String prefix) {
        return Map.of(prefix + "email", run + "." + prefix.length() + "@example.org", prefix + "phone",
                "+44 20 7946 0" + run.substring(2, 5));
    }

    /** A word of the recommendation's English title (its marker), to search for it. */
    private String titleWord() {
        return Payloads.marker(payloads.get("recommendation-edit.titleEn"));
    }

    private String reference() {
        return "XSS-" + run.toUpperCase();
    }

    /** Every text field of the form holds the payload saved under {@code formKey.name}, as typed. */
    private void assertFormHolds(String formKey, String formSelector) {
        assertHolds(formKey, controls(driver().findElement(By.cssSelector(formSelector))), driver().getCurrentUrl());
    }

    private void assertHolds(String formKey, List<Control> controls, String where) {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> shown = new TreeMap<>();
        for (Control control : controls) {
            String key = formKey + "." + control.name();
            if (control.type().equals("password")) {
                assertThat(control.value()).as("a password shown back in " + key).isEmpty();
            }
            else if (payloads.has(key)) {
                boolean upper = UPPER_CASED.contains(control.name());
                expected.put(control.name(), upper ? payloads.get(key).toUpperCase(Locale.ROOT) : payloads.get(key));
                shown.put(control.name(), control.value());
            }
        }
        assertThat(expected).as("fields of " + formKey + " that hold a payload").isNotEmpty();
        assertThat(shown).as("the fields of " + formKey + " at " + where).isEqualTo(expected);
    }

    /** An input or text area of a form, read in one call. */
    private record Control(String name, String type, String value) {
    }

    @SuppressWarnings("unchecked")
    private List<Control> controls(WebElement form) {
        List<Map<String, String>> controls = (List<Map<String, String>>) ((JavascriptExecutor) driver()).executeScript(
                """
                return [...arguments[0].querySelectorAll('input[name], textarea[name]')].map(e => ({
                    name: e.name, type: e.tagName === 'TEXTAREA' ? 'textarea' : e.type, value: e.value}));""",
                form);
        return controls.stream().map(c -> new Control(c.get("name"), c.get("type"), c.get("value"))).toList();
    }

    /** Sets the fields of the form by name, in one call (as typing would, but without the wait). */
    private void setValues(WebElement form, Map<String, String> values) {
        ((JavascriptExecutor) driver()).executeScript("""
                for (const [name, value] of Object.entries(arguments[1])) {
                    const field = arguments[0].elements.namedItem(name);
                    if (!field) throw new Error('no field ' + name);
                    field.value = value;
                }""", form, values);
    }

    private boolean refused() {
        return !driver().findElements(By.cssSelector("main form .is-invalid, main form .alert-danger")).isEmpty();
    }

    private List<String> refusedFields() {
        return driver().findElements(By.cssSelector("main form .is-invalid")).stream()
                .map(field -> field.getDomAttribute("name") + ": " + String.join(" ", field.findElements(
                        By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }

    /** Remembers which POST route a form goes to. */
    private void record(WebElement form) {
        String action = path(form.getDomProperty("action"));
        // the most specific pattern that matches, as Spring MVC chooses: /attendance/participants, not /attendance/{id}
        List<PathPattern> patterns = FormRoutes.table().keySet().stream()
                .map(key -> PathPatternParser.defaultInstance.parse(key.substring("POST ".length())))
                .filter(pattern -> pattern.matches(PathContainer.parsePath(action)))
                .sorted(PathPattern.SPECIFICITY_COMPARATOR)
                .toList();
        assertThat(patterns).as("the POST route of the form to " + action).isNotEmpty();
        submitted.add("POST " + patterns.get(0).getPatternString());
    }

    private void upload(String page, Path file) {
        open(page);
        WebElement form = driver().findElement(By.cssSelector("main form[enctype='multipart/form-data']"));
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        record(form);
        clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private Path fileNamed(String name, String content) {
        try {
            return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String csv(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted) + "\n";
    }

    // --- checking a page ---

    /**
     * The page in the browser now: no payload ran or left a trace in the DOM, the console is clean, and each of
     * {@code texts} is shown as typed.
     */
    private void checkHere(String what, List<String> texts) {
        checkHere(what, texts, false);
    }

    private void checkHere(String what, List<String> texts, boolean errorPage) {
        pages++;
        try {
            String alert = driver().switchTo().alert().getText();
            fail("An alert opened on " + what + ": " + alert);
        }
        catch (NoAlertPresentException expected) {
            // as it should be
        }
        @SuppressWarnings("unchecked")
        List<String> traces = (List<String>) ((JavascriptExecutor) driver()).executeScript(TRACES);
        assertThat(traces).as("what payloads made of " + what + " at " + driver().getCurrentUrl()).isEmpty();
        // an error page's own status is logged as a failed load, and is what is expected there
        String ownStatus = driver().getCurrentUrl() + " - Failed to load resource";
        assertThat(browser.consoleErrors()).as("console errors on " + what + " at " + driver().getCurrentUrl())
                .filteredOn(error -> !error.contains(FAVICON) && !(errorPage && error.startsWith(ownStatus)))
                .isEmpty();
        assertThat(driver().findElements(By.cssSelector(".error-page"))).as("an error page for " + what)
                .hasSize(errorPage ? 1 : 0);
        String shown = shownText();
        texts.stream().filter(text -> !shown.contains(normalized(text)))
                .forEach(text -> missing.add(what + ": " + payloads.keyOf(text) + " = " + text));
    }

    private String shownText() {
        return normalized((String) ((JavascriptExecutor) driver()).executeScript("return document.body.innerText"));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    // --- the browser ---

    private WebDriver driver() {
        return browser.driver();
    }

    private void open(String path) {
        driver().get("http://localhost:" + port + path);
    }

    private void logIn(String username) {
        open("/login");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys("demo");
        clickAndLoad(driver().findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        assertThat(path(driver().getCurrentUrl())).as("signed in as " + username).isEqualTo("/");
    }

    private void switchUser(String username) {
        driver().manage().deleteAllCookies();
        logIn(username);
    }

    private static void clickAndLoad(WebElement element) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        // at once, not smoothly as Bootstrap's scroll-behavior would: a click on a button far down a long page (the
        // report draft's) otherwise lands where the button was before the scrolling ended
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        browser.waitUntilGone(html);
        browser.waiting().until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private void select(String id, Object value) {
        new Select(driver().findElement(By.id(id))).selectByValue(String.valueOf(value));
    }

    /** Ticks the checkbox of this value among the checkboxes named {@code name} (the topics of a form). */
    private void tick(String name, Object value) {
        WebElement box = driver().findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
        if (!box.isSelected()) {
            box.click();
        }
        assertThat(box.isSelected()).as("ticked: %s %s", name, value).isTrue();
    }

    private void date(String id, LocalDate date) {
        setValue(driver().findElement(By.id(id)), date.toString());
    }

    private long id(String sql, Object argument) {
        Long id = jdbc.queryForObject(sql, Long.class, argument);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String path(String url) {
        Matcher matcher = Pattern.compile("^https?://[^/]+(/[^?#]*)").matcher(url);
        return matcher.find() ? matcher.group(1) : url;
    }

    /** The records the forms made, deleted after the test (the database is shared with every other test). */
    private static final class Created {

        Long dialogue;

        Long newDialogue;

        Long institution;

        Long topic;

        Long meeting;

        Long agendaItem;

        Long statement;

        Long recommendation;

        Long account;

        /** The guest reviewer's link, {@code /review/{token}}. */
        String reviewLink;

        final List<Long> participants = new ArrayList<>();

        final Map<String, Long> followUps = new LinkedHashMap<>();

        void removeAll(JdbcTemplate jdbc) {
            if (recommendation != null) {
                jdbc.update("delete from recommendation where id = ?", recommendation);
            }
            if (newDialogue != null) {
                jdbc.update("delete from dialogue where id = ?", newDialogue);
            }
            if (meeting != null) {
                jdbc.update("""
                        delete from report_comment where guest_invitation_id in
                               (select id from review_invitation where meeting_id = ?)""", meeting);
                jdbc.update("delete from review_invitation where meeting_id = ?", meeting);
                // its report, editions included: those the database lets go only with a restore's switch, set in the
                // one transaction of this block
                jdbc.execute("""
                        do $$
                        begin
                            perform set_config('dialogue.restoring', 'on', true);
                            delete from report_comment where section_id in (select s.id from report_section s
                                join report_draft d on d.id = s.draft_id where d.meeting_id = %1$d);
                            delete from report_section_edit where section_id in (select s.id from report_section s
                                join report_draft d on d.id = s.draft_id where d.meeting_id = %1$d);
                            delete from report_signoff where draft_id in (select id from report_draft
                                where meeting_id = %1$d);
                            delete from report_section where draft_id in (select id from report_draft
                                where meeting_id = %1$d);
                            delete from report_draft where meeting_id = %1$d;
                            delete from report_edition where meeting_id = %1$d;
                        end
                        $$""".formatted(meeting));
                jdbc.update("delete from meeting where id = ?", meeting);
            }
            for (Long participant : new LinkedHashSet<>(participants)) {
                jdbc.update("delete from attendance where participant_id = ?", participant);
                jdbc.update("delete from participant where id = ?", participant);
            }
            if (institution != null) {
                jdbc.update("delete from institution where id = ?", institution);
            }
            if (topic != null) {
                jdbc.update("delete from topic where id = ?", topic);
            }
            if (dialogue != null) {
                jdbc.update("delete from dialogue where id = ?", dialogue);
            }
            if (account != null) {
                jdbc.update("delete from app_user where id = ?", account);
            }
        }
    }
}
