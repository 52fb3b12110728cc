package org.dialoguetracker.browser;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft workspace and its sign-off panel in Chromium, in English and in Russian: {@code organiser} starts a held
 * meeting's draft, edits its summary and signs off the English text for the UK; the panel then shows that sign-off,
 * the Russian side's lead still to sign, and why {@code organiser} may not sign for Russia. Screenshots of both
 * languages land in {@code target/screenshots/}.
 */
@IntegrationTest
class ReportDraftBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_workspace_and_the_sign_off_panel_in_both_languages() {
        Long dialogue = jdbc.queryForObject("select id from dialogue where uk_lead_id is not null order by id limit 1",
                Long.class);
        Long meeting = jdbc.queryForObject("""
                insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, start_date, end_date, format,
                                     track_level, attribution_rule, status, summary_en, summary_ru)
                values (?, ?, 'Третья встреча: снижение рисков', 'Edinburgh', 'Эдинбург', date '2022-05-10',
                        date '2022-05-11', 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD',
                        'The third round took stock of risk reduction.', 'Третья встреча подвела итоги снижения рисков.')
                returning id""", Long.class, dialogue, "Third round: risk reduction " + System.nanoTime());
        jdbc.update("""
                insert into statement (meeting_id, kind, side, attribution, text_en, text_ru)
                values (?, 'PROPOSAL', 'UK', 'SIDE', 'Hotlines should be tested every month.',
                        'Горячие линии следует проверять каждый месяц.')""", meeting);
        WebDriver driver = browser.driver();
        logIn("organiser");
        String draft = "http://localhost:" + port + "/meetings/" + meeting + "/report/draft";
        driver.get(draft + "?lang=en");
        click(driver.findElement(By.cssSelector("#start-draft button[type=submit]")));
        assertThat(driver.findElements(By.cssSelector("section.report-section"))).hasSize(6);

        WebElement summary = driver.findElements(By.cssSelector("section.report-section")).get(3);
        ((JavascriptExecutor) driver).executeScript("arguments[0].querySelector('details').open = true", summary);
        WebElement text = summary.findElement(By.cssSelector("textarea[name=text]"));
        text.clear();
        text.sendKeys("The third round took stock of risk reduction and agreed to test the hotlines monthly.");
        click(summary.findElement(By.cssSelector("form.section-text-form button[type=submit]")));
        click(driver.findElement(By.cssSelector("#signoff-en-UK .sign-button")));

        assertThat(driver.findElement(By.id("signoff-en-UK")).getText()).contains("Signed by Demo Organiser");
        assertThat(driver.findElement(By.id("signoff-en-RUSSIA")).getText())
                .contains("Lead: Демо Организатор", "Only this side's lead may sign off for it.");
        assertThat(driver.findElement(By.cssSelector("#signoff-en-RUSSIA .sign-button")).isEnabled()).isFalse();
        browser.screenshot("report-draft-workspace-en");
        scrollTo(driver.findElement(By.id("signoff")));
        browser.screenshot("report-draft-signoff-en");

        driver.get(draft + "?lang=ru");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Проект отчёта");
        assertThat(driver.findElement(By.id("signoff-en-UK")).getText()).contains("Утвердил(а) Demo Organiser");
        browser.screenshot("report-draft-workspace-ru");
        scrollTo(driver.findElement(By.id("signoff")));
        browser.screenshot("report-draft-signoff-ru");
        assertThat(browser.consoleErrors()).isEmpty();
        driver.get(draft + "?lang=en");
    }

    private void logIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.logIn("http://localhost:" + port, username);
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
    }

    private static void click(WebElement element) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        browser.waitUntilGone(html);
        browser.waiting().until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
