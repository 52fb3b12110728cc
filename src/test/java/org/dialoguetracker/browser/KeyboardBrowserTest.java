package org.dialoguetracker.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, keyboard use, in Chromium with nothing but keys once a page is open: the skip link comes first and leads
 * into the content, in both languages; every element the Tab key reaches shows where the focus is; the navigation's
 * menus open and are walked with the keyboard; and a statement is recorded in the minutes workspace, topics ticked
 * through the filter, without touching the mouse. Skipped, with a printed reason, where Chromium is not installed.
 */
@IntegrationTest
class KeyboardBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_skip_link_comes_first_and_leads_to_the_content_in_both_languages() {
        logIn("researcher");
        for (String[] language : new String[][] { { "en", "Skip to content" }, { "ru", "Перейти к содержанию" } }) {
            open("/recommendations?lang=" + language[0]);
            press(Keys.TAB);
            WebElement skip = focused();
            assertThat(skip.getText()).as("the first thing the Tab key reaches").isEqualTo(language[1]);
            assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
            Map<?, ?> box = rect(skip);
            assertThat(((Number) box.get("width")).doubleValue()).as("the skip link is visible once focused")
                    .isGreaterThan(40);
            assertThat(visibleFocus(skip)).as("the skip link shows its focus").isTrue();
            browser.screenshot("keyboard-skip-link-" + language[0]);

            press(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("#main"));
            assertThat(focused().getDomAttribute("id")).as("the content has the focus").isEqualTo("main");
            press(Keys.TAB);
            assertThat((Boolean) js("return document.getElementById('main').contains(document.activeElement);"))
                    .as("the next Tab stays in the content, past the navigation").isTrue();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void every_element_the_tab_key_reaches_shows_its_focus() {
        long meeting = jdbc.queryForObject("select min(id) from meeting where status = 'REPORT_PUBLISHED'", Long.class);
        logIn("admin");
        List<String> unmarked = new ArrayList<>();
        // the dashboard's charts are links too; the faceted list; a form with every kind of field
        for (String page : List.of("/", "/recommendations", "/meetings/" + meeting + "/minutes")) {
            open(page);
            List<String> seen = new ArrayList<>();
            for (int step = 0; step < 250; step++) {
                press(Keys.TAB);
                // what has the focus, and whether it is marked, in one round trip
                Map<?, ?> focus = (Map<?, ?>) js("""
                        const e = document.activeElement;
                        const style = getComputedStyle(e);
                        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                        const ring = !!style.boxShadow && style.boxShadow !== 'none';
                        const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')
                            + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
                            + (e.value && e.type === 'checkbox' ? '[value=' + e.value + ']' : '')
                            + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
                        return { what: what, body: e === document.body, marked: outline || ring };""");
                String what = (String) focus.get("what");
                if (Boolean.TRUE.equals(focus.get("body")) || seen.contains(what)) {
                    break;
                }
                seen.add(what);
                if (!Boolean.TRUE.equals(focus.get("marked"))) {
                    unmarked.add(page + ": " + what);
                }
            }
            assertThat(seen.size()).as("elements reached with Tab on %s", page).isGreaterThan(10);
        }
        assertThat(unmarked).as("focused elements without a visible outline or ring").isEmpty();
    }

    @Test
    void the_navigation_menus_open_and_are_walked_with_the_keyboard() {
        logIn("admin");
        open("/");
        WebElement directory = tabTo(By.cssSelector("#nav .dropdown-toggle:not(.user-menu)"));
        press(Keys.ENTER);
        WebElement menu = directory.findElement(By.xpath("following-sibling::ul"));
        browser.waiting().until(ExpectedConditions.visibilityOf(menu));
        assertThat(directory.getDomAttribute("aria-expanded")).isEqualTo("true");
        press(Keys.ARROW_DOWN);
        assertThat(focused().getText()).isEqualTo("Dialogues");
        press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOf(menu));
        assertThat(focused()).as("Escape gives the focus back to the toggle").isEqualTo(directory);

        WebElement account = tabTo(By.cssSelector("#nav .user-menu"));
        press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOf(account.findElement(By.xpath("following-sibling::ul"))));
        press(Keys.ARROW_UP);
        WebElement logOut = focused();
        assertThat(logOut.getText()).as("the last entry of the account menu").isEqualTo("Log out");
        assertThat(visibleFocus(logOut)).isTrue();
        browser.screenshot("keyboard-account-menu-en");
        // the walk of every page checks them closed; open, the menu's entries ("Log out" among them) pass axe-core too
        assertThat(new Accessibility(browser.driver()).violations(browser.driver(), "admin en / with the account menu open"))
                .as("WCAG 2.1 AA violations with the account menu open").isEmpty();
        WebElement html = browser.driver().findElement(By.tagName("html"));
        press(Keys.ENTER);
        browser.waitUntilGone(html);
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.driver().findElement(By.cssSelector("main .alert-info")).getText())
                .isEqualTo("You have logged out.");
    }

    @Test
    void a_statement_is_recorded_in_the_minutes_workspace_with_the_keyboard_alone() {
        long dialogue = jdbc.queryForObject("select min(id) from dialogue", Long.class);
        long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Geneva', date '2022-03-01', date '2022-03-02', 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD')
                returning id""", Long.class, dialogue, "Keyboard fixture " + System.nanoTime());
        String text = "Keyboard fixture: both sides should keep the military hotline open.";
        logIn("organiser");
        open("/meetings/" + meeting + "/minutes");

        // from the top of the page into the form: the first field is the session
        tabTo(By.id("agendaItemId"));
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("kind");
        type("Proposal");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("side");
        type("Both");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("attribution");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("speakerId");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("textEn");
        type(text);
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("textRu");
        press(Keys.TAB);
        // the topics: the filter box first, then only the boxes that match what was typed
        assertThat(focused().getDomAttribute("id")).isEqualTo("topicIds-filter");
        type("cyber");
        press(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).as("Enter in the filter does not send the form").contains("/minutes");
        press(Keys.TAB);
        WebElement box = focused();
        assertThat(box.getDomAttribute("type")).isEqualTo("checkbox");
        String topic = browser.driver().findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).getText();
        assertThat(topic).isEqualTo("Cyber security");
        press(Keys.SPACE);
        assertThat(box.isSelected()).isTrue();
        browser.screenshot("keyboard-minutes-topics-en");
        WebElement submit = tabTo(By.cssSelector("#statement-form button[type=submit]"));
        WebElement html = browser.driver().findElement(By.tagName("html"));
        press(Keys.ENTER);
        browser.waitUntilGone(html);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .alert-success")));
        assertThat(submit).isNotNull();

        assertThat(jdbc.queryForObject("""
                select count(*) from statement s join statement_topic st on st.statement_id = s.id
                  join topic t on t.id = st.topic_id
                 where s.meeting_id = ? and s.text_en = ? and s.kind = 'PROPOSAL' and s.side = 'BOTH'
                   and s.attribution = 'SIDE' and t.slug = 'cyber-security'""", Integer.class, meeting, text)).isOne();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Presses Tab until the element found by {@code target} has the focus, and returns it. */
    private WebElement tabTo(By target) {
        WebElement wanted = browser.driver().findElement(target);
        for (int step = 0; step < 100; step++) {
            press(Keys.TAB);
            if (focused().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError("The Tab key never reached " + target);
    }

    /** Whether the focused element is marked: an outline, or Bootstrap's focus ring (a box shadow). */
    private boolean visibleFocus(WebElement element) {
        return (Boolean) js("""
                const style = getComputedStyle(arguments[0]);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                const ring = style.boxShadow && style.boxShadow !== 'none';
                return outline || !!ring;""", element);
    }

    private Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) js("const r = arguments[0].getBoundingClientRect(); return {width: r.width, height: r.height};",
                element);
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private void open(String path) {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + path);
        browser.waiting().until(d -> "complete".equals(js("return document.readyState")));
    }

    private void logIn(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.logIn("http://localhost:" + port, user);
    }
}
