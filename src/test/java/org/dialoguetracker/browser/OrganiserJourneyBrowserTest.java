package org.dialoguetracker.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.browser.Browser.setDate;
import static org.dialoguetracker.browser.Browser.type;

/**
 * Issue 3, "Must show 1": an organiser logs a whole round in headless Chromium, by clicking and typing only. They
 * create a meeting held under the {@code SIDE} rule, add a session, create and invite two new participants from
 * different sides, record three statements on two topics (one with a speaker), create a recommendation from the
 * meeting, move it PROPOSED → UNDER_CONSIDERATION → ADOPTED with a note each time, and add a follow-up action and
 * complete it. Then a researcher, in a fresh session, finds the recommendation under its topic with its timeline,
 * and reads the statements on the meeting page attributed to sides only: no participant's name, no contact, no
 * attendee list. Skipped, with a printed reason, where Chromium is not installed. Screenshots go to
 * {@code target/screenshots/}.
 */
@IntegrationTest
class OrganiserJourneyBrowserTest {

    /** The two topics of the statements; the recommendation is filed under the first. */
    private static final String TOPIC_RISK = "Risk reduction and confidence building";

    private static final String TOPIC_RISK_SLUG = "risk-reduction";

    private static final String TOPIC_CYBER = "Cyber security";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    /** Makes every text of this run unique, so that the test may run again on the same database. */
    private final String run = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 100_000));

    private final String meetingTitle = "Browser journey round " + run;

    private final String sessionTitle = "Hotlines and incident prevention " + run;

    private final Person uk = new Person("Prudence Browsertest " + run, "Прюденс Браузертест " + run,
            "prudence.browsertest." + run + "@example.org", "+44 20 7946 " + run.substring(1), "UK", "EXPERT",
            "SPEAKER");

    private final Person russia = new Person("Rodion Browsertest " + run, "Родион Браузертест " + run,
            "rodion.browsertest." + run + "@example.org", "+7 495 555 " + run.substring(1), "RUSSIA", "OFFICIAL",
            "PARTICIPANT");

    private final Said ukPoint = new Said("UK", TOPIC_RISK, uk,
            "Journey " + run + ": the military hotline should be tested every month, not only in a crisis.",
            "Путь " + run + ": военную горячую линию следует проверять ежемесячно, а не только в кризис.");

    private final Said russianPoint = new Said("RUSSIA", TOPIC_CYBER, null,
            "Journey " + run + ": norms in cyberspace need a bilateral channel before any multilateral text.",
            "Путь " + run + ": нормам в киберпространстве нужен двусторонний канал прежде любого многостороннего текста.");

    private final Said sharedPoint = new Said("BOTH", TOPIC_RISK, null,
            "Journey " + run + ": incidents at sea are the most likely path to unintended escalation.",
            "Путь " + run + ": инциденты на море — наиболее вероятный путь к непреднамеренной эскалации.");

    private final String recommendationTitle = "Test the military hotline monthly (" + run + ")";

    private final String considerationNote = "Journey " + run + ": put to both ministries of defence.";

    private final String adoptionNote = "Journey " + run + ": adopted by both sides at the follow-up call.";

    private final String followUpText = "Journey " + run + ": schedule the first monthly hotline test.";

    private final String completionNote = "Journey " + run + ": first test held, the line worked both ways.";

    private String meetingPath;

    private String recommendationPath;

    private String reference;

    @Test
    void an_organiser_logs_a_round_and_a_researcher_reads_it_within_the_side_rule() {
        WebDriver driver = browser.driver();

        logIn(driver, "organiser");
        createTheMeeting(driver);
        addASession(driver);
        inviteTwoNewParticipants(driver);
        recordThreeStatements(driver);
        createTheRecommendation(driver);
        changeStatus(driver, "UNDER_CONSIDERATION", considerationNote);
        changeStatus(driver, "ADOPTED", adoptionNote);
        addAndCompleteAFollowUp(driver);
        screenshotTheOrganisersPages(driver);

        switchUser(driver, "researcher");
        findTheRecommendationUnderItsTopic(driver);
        readTheRecommendationsTimeline(driver);
        readTheMeetingWithinItsRule(driver);

        assertThat(browser.consoleErrors()).as("script errors or content-security-policy violations").isEmpty();
    }

    // --- the organiser ---

    private void createTheMeeting(WebDriver driver) {
        navLink(driver, "Meetings").click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Meetings"));
        clickAndLoad(driver.findElement(By.linkText("New meeting")));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "New meeting"));
        assertNotAnErrorPage(driver);

        type(driver, "titleEn", meetingTitle);
        type(driver, "titleRu", "Раунд проверки в браузере " + run);
        setDate(driver, "startDate", LocalDate.of(2026, 11, 23));
        setDate(driver, "endDate", LocalDate.of(2026, 11, 24));
        // not London or Moscow: other tests find the demo meetings by their city
        type(driver, "cityEn", "Reykjavik");
        type(driver, "cityRu", "Рейкьявик");
        select(driver, "attributionRule").selectByValue("SIDE");
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), meetingTitle));
        assertNotAnErrorPage(driver);
        meetingPath = path(driver.getCurrentUrl());
        assertThat(driver.findElement(By.cssSelector(".meeting-facts")).getText()).contains("Planned");
        // the status is no choice of the form: the round took place, so the organiser marks it as held
        clickAndLoad(driver.findElement(By.cssSelector("form.mark-held button")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert-success"),
                "The meeting is marked as held."));
        assertNotAnErrorPage(driver);
        WebElement facts = driver.findElement(By.cssSelector(".meeting-facts"));
        assertThat(facts.getText()).contains("Attribution to sides", "Held", "Reykjavik", "23 November 2026")
                .doesNotContain("Mark as held");
    }

    private void addASession(WebDriver driver) {
        clickAndLoad(driver.findElement(By.linkText("Add a session")));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "New agenda session"));
        assertNotAnErrorPage(driver);
        type(driver, "titleEn", sessionTitle);
        type(driver, "titleRu", "Горячие линии и предотвращение инцидентов " + run);
        tickTopic(driver, TOPIC_RISK);
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+(#agenda)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agenda .agenda-item")));
        assertNotAnErrorPage(driver);
        List<WebElement> items = driver.findElements(By.cssSelector("#agenda .agenda-item"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).findElement(By.tagName("h3")).getText()).contains("1.", sessionTitle);
        assertThat(texts(items.get(0).findElements(By.cssSelector("a[href*='/topics/']")))).containsExactly(TOPIC_RISK);
    }

    private void inviteTwoNewParticipants(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("nav.organiser-tools")).findElement(By.linkText("Attendance")));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/attendance$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Attendance"));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElements(By.cssSelector("#invitations tbody tr"))).as("invitations of a new meeting").isEmpty();

        for (Person person : List.of(uk, russia)) {
            WebElement form = driver.findElement(By.cssSelector("#new-attendee form"));
            type(driver, "participant-nameLatin", person.latin());
            type(driver, "participant-nameCyrillic", person.cyrillic());
            select(driver, "participant-side").selectByValue(person.side());
            select(driver, "participant-capacity").selectByValue(person.capacity());
            type(driver, "participant-email", person.email());
            type(driver, "participant-phone", person.phone());
            select(driver, "status").selectByValue("ATTENDED");
            select(driver, "role").selectByValue(person.role());
            clickAndLoad(form.findElement(By.cssSelector("button[type=submit]")));

            browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/attendance$"));
            assertNotAnErrorPage(driver);
            assertThat(driver.findElements(By.cssSelector("#new-attendee .is-invalid")))
                    .as("fields refused in the create-and-invite form").isEmpty();
            WebElement row = invitation(driver, person.latin());
            assertThat(row.getText()).contains(person.cyrillic(), person.side().equals("UK") ? "UK" : "Russia");
            assertThat(new Select(row.findElement(By.cssSelector("select[name=status]"))).getFirstSelectedOption()
                    .getDomAttribute("value")).isEqualTo("ATTENDED");
            assertThat(new Select(row.findElement(By.cssSelector("select[name=role]"))).getFirstSelectedOption()
                    .getDomAttribute("value")).isEqualTo(person.role());
            assertThat(driver.findElement(By.id("participant-nameLatin")).getDomProperty("value"))
                    .as("the create-and-invite form is ready for the next person").isEmpty();
        }
        assertThat(driver.findElements(By.cssSelector("#invitations tbody tr"))).hasSize(2);

        clickAndLoad(driver.findElement(By.linkText("Back to the meeting")));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        // the organiser sees who attended, with their contacts
        WebElement attendees = driver.findElement(By.cssSelector("#attendance .attendee-list"));
        assertThat(attendees.getText()).contains(uk.latin(), uk.cyrillic(), uk.email(), russia.latin(),
                russia.cyrillic(), russia.email());
        assertThat(driver.findElement(By.id("attendance")).getText()).contains("2 participants attended");
    }

    private void recordThreeStatements(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("nav.organiser-tools")).findElement(By.linkText("Record statements")));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/minutes$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Minutes"));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElement(By.cssSelector(".attribution-rule")).getText()).contains("Attribution to sides");
        assertThat(texts(select(driver, "attribution").getOptions())).as("attributions the SIDE rule allows")
                .doesNotContain("On the record");

        int recorded = 0;
        for (Said said : List.of(ukPoint, russianPoint, sharedPoint)) {
            select(driver, "agendaItemId").selectByVisibleText("1. " + sessionTitle);
            select(driver, "kind").selectByValue("POSITION");
            select(driver, "side").selectByValue(said.side());
            select(driver, "attribution").selectByValue("SIDE");
            if (said.speaker() != null) {
                select(driver, "speakerId").selectByVisibleText(said.speaker().latin());
            }
            type(driver, "textEn", said.en());
            type(driver, "textRu", said.ru());
            tickTopic(driver, said.topic());
            clickAndLoad(driver.findElement(By.cssSelector("#statement-form button[type=submit]")));
            recorded++;

            browser.waiting().until(ExpectedConditions.urlContains("/minutes"));
            assertNotAnErrorPage(driver);
            assertThat(driver.findElements(By.cssSelector("#statement-form .is-invalid")))
                    .as("fields refused in the statement form").isEmpty();
            assertThat(driver.findElement(By.cssSelector("main .alert-success")).getText()).isEqualTo("Statement recorded.");
            // the form is back, empty, for the next point
            assertThat(driver.findElement(By.id("textEn")).getDomProperty("value")).as("English text after saving").isEmpty();
            assertThat(driver.findElement(By.id("textRu")).getDomProperty("value")).as("Russian text after saving").isEmpty();
            assertThat(driver.findElements(By.cssSelector(".topic-picker input[type=checkbox]:checked")))
                    .as("topics after saving").isEmpty();
            assertThat(select(driver, "speakerId").getFirstSelectedOption().getDomAttribute("value"))
                    .as("speaker after saving").isEmpty();
            // ...and the point is listed below it, newest first
            List<WebElement> listed = driver.findElements(By.cssSelector("#recorded .recorded-statement"));
            assertThat(listed).hasSize(recorded);
            WebElement newest = listed.get(0);
            assertThat(newest.findElement(By.tagName("blockquote")).getText()).isEqualTo(said.en());
            assertThat(newest.getText()).contains(sessionTitle, said.sideLabel(), said.topic());
            if (said.speaker() != null) {
                assertThat(newest.getText()).as("the organiser sees the speaker recorded").contains(said.speaker().latin());
            }
        }

        clickAndLoad(driver.findElement(By.linkText("Back to the meeting")));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        assertThat(texts(driver.findElements(By.cssSelector("#agenda .statement blockquote"))))
                .contains(ukPoint.en(), russianPoint.en(), sharedPoint.en());
    }

    private void createTheRecommendation(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("nav.organiser-tools")).findElement(By.linkText("New recommendation")));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/recommendations/new$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "New recommendation"));
        assertNotAnErrorPage(driver);

        reference = driver.findElement(By.id("reference")).getDomProperty("value");
        assertThat(reference).as("the proposed reference").matches("[A-Z0-9][A-Z0-9./-]*");
        assertThat(texts(select(driver, "meetingIds").getAllSelectedOptions())).as("the meeting it is recorded at")
                .singleElement().asString().startsWith(meetingTitle + " · ");
        type(driver, "titleEn", recommendationTitle);
        type(driver, "titleRu", "Ежемесячно проверять военную горячую линию (" + run + ")");
        type(driver, "textEn", "The UK and Russian defence ministries should test their direct line every month.");
        type(driver, "textRu", "Министерствам обороны Великобритании и России следует ежемесячно проверять прямую линию.");
        select(driver, "addressedTo").selectByValue("BOTH_GOVERNMENTS");
        select(driver, "feasibility").selectByValue("REALISTIC");
        select(driver, "consensus").selectByValue("CONSENSUS");
        tickTopic(driver, TOPIC_RISK);
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertNotAnErrorPage(driver);
        recommendationPath = path(driver.getCurrentUrl());
        assertThat(driver.findElement(By.cssSelector("main header code")).getText()).isEqualTo(reference);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(recommendationTitle);
        assertThat(driver.findElement(By.cssSelector("main header .status-badge")).getText()).isEqualTo("Proposed");
        assertThat(texts(driver.findElements(By.cssSelector("main header a[href*='/topics/']")))).containsExactly(TOPIC_RISK);
        assertThat(texts(driver.findElements(By.cssSelector("main header a[href*='/meetings/']")))).containsExactly(meetingTitle);
        assertThat(timeline(driver)).containsExactly("Proposed");
    }

    private void changeStatus(WebDriver driver, String status, String note) {
        int stepsBefore = timeline(driver).size();
        clickAndLoad(driver.findElement(By.cssSelector("nav.organiser-tools")).findElement(By.linkText("Change status")));
        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+/status$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Change status"));
        assertNotAnErrorPage(driver);
        select(driver, "status").selectByValue(status);
        type(driver, "note", note);
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+(#timeline)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElements(By.cssSelector("main .is-invalid"))).isEmpty();
        List<WebElement> steps = driver.findElements(By.cssSelector("#timeline li.timeline-step"));
        assertThat(steps).hasSize(stepsBefore + 1);
        WebElement last = steps.get(steps.size() - 1);
        assertThat(last.getText()).contains(note);
        assertThat(texts(last.findElements(By.cssSelector(".status-badge"))))
                .containsExactly(stepsBefore == 1 ? "Proposed" : "Under consideration", label(status));
    }

    private void addAndCompleteAFollowUp(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("nav.organiser-tools")).findElement(By.linkText("Add a follow-up action")));
        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+/follow-ups/new$"));
        assertNotAnErrorPage(driver);
        type(driver, "descriptionEn", followUpText);
        type(driver, "descriptionRu", "Путь " + run + ": назначить первую ежемесячную проверку горячей линии.");
        type(driver, "ownerText", "Both ministries of defence");
        setDate(driver, "dueDate", LocalDate.now().plusMonths(2));
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+(#follow-ups)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("follow-ups")));
        assertNotAnErrorPage(driver);
        WebElement row = followUp(driver);
        assertThat(row.getText()).contains("Both ministries of defence", "Open");
        assertThat(row.getDomProperty("className")).as("a follow-up due in two months").doesNotContain("overdue");

        clickAndLoad(row.findElement(By.cssSelector(".followup-tools")).findElement(By.linkText("Complete…")));
        browser.waiting().until(ExpectedConditions.urlMatches("/follow-ups/\\d+/complete$"));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElement(By.id("completedOn")).getDomProperty("value")).as("completed today, proposed")
                .isNotEmpty();
        type(driver, "completionNote", completionNote);
        save(driver);

        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+(#follow-ups)?$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("follow-ups")));
        assertNotAnErrorPage(driver);
        row = followUp(driver);
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).contains(completionNote);
        assertThat(cells.get(3).getText()).startsWith("Done");
        assertThat(row.findElements(By.linkText("Done"))).as("a done action offers no 'Done' link any more").isEmpty();
        assertThat(driver.findElements(By.cssSelector("#follow-ups .overdue"))).isEmpty();
    }

    private void screenshotTheOrganisersPages(WebDriver driver) {
        browser.screenshot("organiser-recommendation");
        driver.findElement(By.cssSelector("main header")).findElement(By.linkText(meetingTitle)).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), meetingTitle));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElement(By.id("recommendations")).getText()).contains(reference, recommendationTitle, "Adopted");
        browser.screenshot("organiser-meeting");
    }

    // --- the researcher ---

    private void findTheRecommendationUnderItsTopic(WebDriver driver) {
        driver.get(url("/topics/" + TOPIC_RISK_SLUG));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), TOPIC_RISK));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElements(By.cssSelector("nav.organiser-tools"))).as("organiser tools shown to a researcher")
                .isEmpty();
        WebElement listed = driver.findElements(By.cssSelector("#recommendations li")).stream()
                .filter(li -> li.findElement(By.tagName("code")).getText().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not listed under the topic " + TOPIC_RISK_SLUG));
        assertThat(listed.getText()).contains(recommendationTitle, "Adopted");
        clickAndLoad(listed.findElement(By.cssSelector("a[href*='/recommendations/']")));
    }

    private void readTheRecommendationsTimeline(WebDriver driver) {
        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertNotAnErrorPage(driver);
        assertThat(path(driver.getCurrentUrl())).isEqualTo(recommendationPath);
        assertThat(driver.findElement(By.cssSelector("main header code")).getText()).isEqualTo(reference);
        assertThat(driver.findElements(By.cssSelector("nav.organiser-tools"))).isEmpty();
        assertThat(timeline(driver)).containsExactly("Proposed", "Proposed → Under consideration",
                "Under consideration → Adopted");
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains(considerationNote, adoptionNote);
        WebElement followUps = driver.findElement(By.id("follow-ups"));
        assertThat(followUps.getText()).contains(followUpText, completionNote, "Done");
        browser.screenshot("researcher-recommendation");
    }

    private void readTheMeetingWithinItsRule(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("main header")).findElement(By.linkText(meetingTitle)));
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), meetingTitle));
        assertNotAnErrorPage(driver);
        assertThat(path(driver.getCurrentUrl())).isEqualTo(meetingPath);
        assertThat(driver.findElements(By.cssSelector("nav.organiser-tools"))).isEmpty();

        // each statement with its side, and nothing more
        for (Said said : List.of(ukPoint, russianPoint, sharedPoint)) {
            WebElement statement = statement(driver, said.en());
            assertThat(texts(statement.findElements(By.cssSelector(".attribution")))).as("attribution of: " + said.en())
                    .containsExactly(said.sideLabel());
            assertThat(texts(statement.findElements(By.cssSelector("a[href*='/topics/']")))).containsExactly(said.topic());
        }
        assertThat(driver.findElements(By.cssSelector("#agenda .statement"))).hasSize(3);
        assertThat(driver.getPageSource()).doesNotContain("Researchers see:");

        // a count of who attended, but no attendee list, and nobody's name or contact anywhere in the page
        assertThat(driver.findElement(By.id("attendance")).getText()).contains("2 participants attended");
        assertThat(driver.findElements(By.cssSelector(".attendee-list"))).as("attendee list shown to a researcher")
                .isEmpty();
        String source = driver.getPageSource();
        for (Person person : List.of(uk, russia)) {
            assertThat(source).as("the meeting page shows a participant's name or contact to a researcher")
                    .doesNotContain(person.latin(), person.cyrillic(), person.email(), person.phone());
        }
        assertThat(source).doesNotContain("Browsertest", "Браузертест");
        browser.screenshot("researcher-meeting");
    }

    // --- helpers ---

    private void logIn(WebDriver driver, String username) {
        browser.logIn(url(""), username);
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Dashboard"));
        assertThat(driver.findElement(By.cssSelector("nav.navbar .user-menu")).getText()).contains(username);
        assertNotAnErrorPage(driver);
    }

    /** A fresh session: the organiser's cookies go, and the researcher logs in through the form. */
    private void switchUser(WebDriver driver, String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/"));
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        logIn(driver, username);
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    private static void clickAndLoad(WebElement element) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        // Bootstrap scrolls smoothly: a button below the fold is brought into view at once, or the click misses it
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
        browser.waitUntilGone(html);
        browser.waiting().until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The Save button of the page's main form. */
    private static void save(WebDriver driver) {
        clickAndLoad(driver.findElement(By.cssSelector("main form[method=post] button[type=submit]")));
    }



    /**
     * Ticks a topic in the form's topic checkboxes (fragments/forms.html topicsField) the way a user finds it: types its
     * name into the filter above them, which leaves it in view and hides the topics that do not match, then clicks it.
     */
    private static void tickTopic(WebDriver driver, String topic) {
        WebElement filter = driver.findElement(By.cssSelector(".topic-picker .topic-filter input"));
        assertThat(filter.isDisplayed()).as("the filter box, shown by its script").isTrue();
        filter.clear();
        filter.sendKeys(topic.substring(0, 6));
        By label = By.xpath("//div[contains(@class,'topic-choices')]//label[normalize-space()='" + topic + "']");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(label));
        List<WebElement> shown = driver.findElements(By.cssSelector(".topic-choices .form-check")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown.size()).as("topics left in view by the filter")
                .isLessThan(driver.findElements(By.cssSelector(".topic-choices .form-check")).size());
        WebElement box = driver.findElement(By.id(driver.findElement(label).getDomAttribute("for")));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", driver.findElement(label));
        driver.findElement(label).click();
        assertThat(box.isSelected()).as("the topic " + topic + " ticked").isTrue();
        filter.clear();
        filter.sendKeys(" ");
    }

    private static Select select(WebDriver driver, String id) {
        return new Select(driver.findElement(By.id(id)));
    }

    private static WebElement navLink(WebDriver driver, String text) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                driver.findElement(By.id("nav")).findElement(By.linkText(text))));
    }

    private static WebElement invitation(WebDriver driver, String latinName) {
        return driver.findElements(By.cssSelector("#invitations tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("td a")).getText().equals(latinName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(latinName + " is not among the invitations"));
    }

    private WebElement followUp(WebDriver driver) {
        return driver.findElements(By.cssSelector("#follow-ups tbody tr")).stream()
                .filter(row -> row.getText().contains(followUpText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the follow-up action is not listed"));
    }

    private static WebElement statement(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector("#agenda .statement")).stream()
                .filter(s -> s.findElement(By.tagName("blockquote")).getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement shown with the text: " + text));
    }

    /** The timeline's steps as "From → To", without date, author and note. */
    private static List<String> timeline(WebDriver driver) {
        return driver.findElements(By.cssSelector("#timeline li.timeline-step")).stream()
                .map(step -> String.join(" → ", texts(step.findElements(By.cssSelector(".status-badge")))))
                .toList();
    }

    private static String label(String status) {
        return switch (status) {
            case "UNDER_CONSIDERATION" -> "Under consideration";
            case "ADOPTED" -> "Adopted";
            default -> throw new IllegalArgumentException(status);
        };
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceAll("[?#].*", "");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).toList();
    }

    private static void assertNotAnErrorPage(WebDriver driver) {
        assertThat(driver.findElements(By.cssSelector(".error-page"))).as("error page at " + driver.getCurrentUrl())
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel Error Page").doesNotContain("Exception");
    }

    /** A participant created during the journey; side, capacity and role are the values of their selects. */
    private record Person(String latin, String cyrillic, String email, String phone, String side, String capacity,
            String role) {
    }

    /** A statement recorded during the journey, with the topic it is filed under and an optional speaker. */
    private record Said(String side, String topic, Person speaker, String en, String ru) {

        /** How a researcher is told who said it (messages {@code statement.side.*}). */
        String sideLabel() {
            return switch (side) {
                case "UK" -> "A UK participant";
                case "RUSSIA" -> "The Russian side";
                case "BOTH" -> "Both sides";
                default -> throw new IllegalArgumentException(side);
            };
        }
    }
}
