package org.dialoguetracker.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher's journey through the real application in headless Chromium: log in through the form, read the London
 * meeting of the demo dialogue within its attribution rule, filter the recommendations by topic, open one and read it
 * in Russian. Skipped, with a printed reason, where Chromium is not installed. Screenshots go to
 * {@code target/screenshots/}.
 */
@IntegrationTest
class ResearcherJourneyBrowserTest {

    private static final String LONDON = "UK–Russia Security Dialogue: London meeting";

    private static final String MOSCOW = "UK–Russia Security Dialogue: Moscow meeting";

    /** The topic filtered on, and its subtree in the demo taxonomy. */
    private static final String TOPIC = "mil-to-mil";

    private static final Set<String> TOPIC_SUBTREE = Set.of("mil-to-mil", "nato-russia-council", "osce", "bilateral-forum");

    /** The recommendation opened: on the NATO–Russia Council, from the London meeting, with a long status history. */
    private static final String REFERENCE = "UKRU-2017-01";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_researcher_reads_a_meeting_and_follows_a_topic_to_a_recommendation_in_both_languages() {
        WebDriver driver = browser.driver();

        logInAsResearcher(driver);
        readTheLondonMeeting(driver);
        filterRecommendationsByTopic(driver);
        readTheRecommendation(driver, REFERENCE);
        switchToRussian(driver, REFERENCE);
        assertThat(browser.consoleErrors()).as("script errors or content-security-policy violations").isEmpty();
    }

    private void logInAsResearcher(WebDriver driver) {
        driver.get(url("/login"));
        WebElement username = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.findElements(By.cssSelector(".demo-accounts"))).as("the login page names the demo accounts")
                .isNotEmpty();
        username.sendKeys("researcher");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Dashboard"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(driver.findElement(By.cssSelector("nav.navbar .user-menu")).getText()).contains("researcher");
        assertNotAnErrorPage(driver);
    }

    private void readTheLondonMeeting(WebDriver driver) {
        navLink(driver, "Meetings").click();
        browser.waiting().until(ExpectedConditions.urlToBe(url("/meetings")));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Meetings"));
        assertNotAnErrorPage(driver);
        List<String> titles = texts(driver.findElements(By.cssSelector("main table tbody tr td:first-child a")));
        assertThat(titles).as("meetings listed").contains(LONDON, MOSCOW);

        driver.findElement(By.linkText(LONDON)).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), LONDON));
        assertNotAnErrorPage(driver);

        // the agenda, in order
        List<String> agenda = texts(driver.findElements(By.cssSelector("#agenda .agenda-item h3")));
        assertThat(agenda).as("agenda items").hasSizeGreaterThanOrEqualTo(3);
        assertThat(agenda.get(0)).contains("Risk reduction and confidence building");
        assertThat(agenda.get(1)).contains("Military-to-military engagement");
        assertThat(agenda.get(2)).contains("Realistic areas of engagement");

        // statements attributed to sides (the meeting is held under the SIDE rule)...
        List<String> attributions = texts(driver.findElements(By.cssSelector("#agenda .statement .attribution")));
        assertThat(attributions).as("attributions of the statements").contains("A UK participant", "Both sides");
        assertThat(statement(driver, "it is not a concession to Russia from the West")
                .findElement(By.cssSelector(".attribution")).getText()).isEqualTo("A UK participant");
        // ...except the one recorded without attribution, which shows neither side nor name
        assertThat(statement(driver, "Participants sought to identify realistic potential areas of engagement")
                .findElement(By.cssSelector(".attribution")).getText()).isEqualTo("Unattributed");
        // a researcher is never told what organisers see
        assertThat(driver.getPageSource()).doesNotContain("Researchers see:");

        // attendance: a count, but no attendee list and no name or contact of anyone who attended
        assertThat(driver.findElement(By.id("attendance")).getText()).contains("participants attended");
        assertThat(driver.findElements(By.cssSelector(".attendee-list"))).as("attendee list shown to a researcher")
                .isEmpty();
        String source = driver.getPageSource();
        List<Map<String, Object>> attendees = jdbc.queryForList("""
                select p.name_latin, p.name_cyrillic, p.email, p.phone
                from participant p
                join attendance a on a.participant_id = p.id
                join meeting m on m.id = a.meeting_id
                where m.title_en = ?""", LONDON);
        assertThat(attendees).as("attendees of the London meeting in the demo data").isNotEmpty();
        for (Map<String, Object> attendee : attendees) {
            for (Object value : attendee.values()) {
                if (value != null) {
                    assertThat(source).as("the meeting page shows an attendee's name or contact to a researcher")
                            .doesNotContain(value.toString());
                }
            }
        }
        browser.screenshot("researcher-meeting-london");
    }

    private void filterRecommendationsByTopic(WebDriver driver) {
        navLink(driver, "Recommendations").click();
        browser.waiting().until(ExpectedConditions.urlToBe(url("/recommendations")));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Recommendations"));
        assertNotAnErrorPage(driver);
        assertThat(references(driver)).as("all recommendations, unfiltered")
                .contains("UKRU-2017-01", "UKRU-2017-04", "UKRU-2017-06");

        driver.findElement(By.cssSelector(".facets a.facet-value[href$='topic=" + TOPIC + "']")).click();
        browser.waiting().until(ExpectedConditions.urlContains("topic=" + TOPIC));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table tbody tr")));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElements(By.cssSelector(".facets a.facet-value.selected"))).as("the chosen topic")
                .hasSize(1);

        // a search typed in the box keeps the chosen topic, and marks what matched
        driver.findElement(By.id("q")).sendKeys("engagements");
        driver.findElement(By.cssSelector("form.browse-search button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=engagements"));
        assertThat(driver.getCurrentUrl()).contains("topic=" + TOPIC);
        assertThat(driver.findElements(By.cssSelector("main .snippet mark"))).as("highlighted matches").isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("engagement"));
        // the search chip leads to the same page without the words, so its address ends with the topic
        driver.findElement(By.cssSelector(".chosen-filters a.chosen-filter[href$='topic=" + TOPIC + "']")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("q=")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table tbody tr")));

        List<String> references = references(driver);
        assertThat(references).as("recommendations on " + TOPIC).isNotEmpty()
                .contains("UKRU-2017-01", "UKRU-2017-02", "UKRU-2017-03")
                .doesNotContain("UKRU-2017-04", "UKRU-2017-05", "UKRU-2017-06");
        for (WebElement row : driver.findElements(By.cssSelector("main table tbody tr"))) {
            Set<String> slugs = row.findElements(By.cssSelector("a[href*='/topics/']")).stream()
                    .map(a -> a.getDomAttribute("href").replaceAll(".*/topics/", "").replaceAll("[?#].*", ""))
                    .collect(Collectors.toSet());
            assertThat(slugs).as("topics of the row " + row.getText()).containsAnyElementsOf(TOPIC_SUBTREE);
        }
    }

    private void readTheRecommendation(WebDriver driver, String reference) {
        WebElement row = driver.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("code")).getText().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not in the filtered list"));
        row.findElement(By.cssSelector("a[href*='/recommendations/']")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/recommendations/\\d+$"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertNotAnErrorPage(driver);

        assertThat(driver.findElement(By.cssSelector("main header code")).getText()).isEqualTo(reference);
        assertThat(driver.findElement(By.cssSelector(".breadcrumb .active")).getText()).isEqualTo(reference);
        assertThat(driver.findElements(By.cssSelector("#timeline li"))).as("status timeline").isNotEmpty();
        WebElement followUps = driver.findElement(By.id("follow-ups"));
        assertThat(followUps.findElement(By.tagName("h2")).getText()).isEqualTo("Follow-up actions");
        assertThat(followUps.findElements(By.cssSelector("tbody tr"))).as("follow-up actions of " + reference)
                .isNotEmpty();
        WebElement statements = driver.findElement(By.id("statements"));
        assertThat(statements.findElement(By.tagName("h2")).getText()).isEqualTo("What was said");
        assertThat(statements.findElements(By.cssSelector(".statement"))).as("statements behind " + reference)
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("main header a[href*='/meetings/']"))).extracting(WebElement::getText)
                .as("source meeting").anySatisfy(text -> assertThat(text).contains("London meeting"));
        browser.screenshot("researcher-recommendation-" + reference);
    }

    private void switchToRussian(WebDriver driver, String reference) {
        String page = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("nav.navbar a[hreflang='ru']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.navbar"),
                "Рекомендации"));
        assertNotAnErrorPage(driver);
        assertThat(driver.getCurrentUrl()).as("still the same recommendation").startsWith(page);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        assertThat(texts(driver.findElements(By.cssSelector("#nav .nav-link"))))
                .contains("Встречи", "Рекомендации", "Темы");
        assertThat(driver.findElement(By.cssSelector("main header code")).getText()).isEqualTo(reference);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                .isEqualTo("Использовать Совет Россия–НАТО для расширения российско-британских военных контактов");
        assertThat(driver.findElement(By.cssSelector("#timeline h2")).getText()).isNotEqualTo("Status timeline");
        assertThat(driver.findElements(By.cssSelector("#timeline li"))).isNotEmpty();
        browser.screenshot("researcher-recommendation-" + reference + "-ru");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement navLink(WebDriver driver, String text) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                driver.findElement(By.id("nav")).findElement(By.linkText(text))));
    }

    private static WebElement statement(WebDriver driver, String textFragment) {
        return driver.findElements(By.cssSelector(".statement")).stream()
                .filter(s -> s.findElement(By.tagName("blockquote")).getText().contains(textFragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement shown containing: " + textFragment));
    }

    private static List<String> references(WebDriver driver) {
        return texts(driver.findElements(By.cssSelector("main table tbody tr td:first-child code")));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).toList();
    }

    private static void assertNotAnErrorPage(WebDriver driver) {
        assertThat(driver.findElements(By.cssSelector(".error-page"))).as("error page at " + driver.getCurrentUrl())
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel Error Page").doesNotContain("Exception");
    }
}
