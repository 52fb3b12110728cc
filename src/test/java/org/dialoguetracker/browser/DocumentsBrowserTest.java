package org.dialoguetracker.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.dialoguetracker.document.DocumentFiles;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey of a document in headless Chromium: an organiser uploads a PDF through the documents panel of the
 * London meeting's page; a researcher finds it at {@code /search} by a word inside it (once the background extraction
 * has read it: the test waits for the hit, reloading the search) and downloads it: the bytes the browser receives hash
 * to the SHA-256 of the file uploaded, as a PDF. Skipped, with a printed reason, where Chromium is not installed.
 */
@IntegrationTest
class DocumentsBrowserTest {

    private static final String LONDON = "UK–Russia Security Dialogue: London meeting";

    @RegisterExtension
    static final Browser browser = Browser.perClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Path file;

    String title;

    @AfterEach
    void removeTheDocument() throws IOException {
        if (title != null) {
            jdbc.update("delete from document where title = ?", title);
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void an_organiser_uploads_a_pdf_and_a_researcher_finds_it_by_a_word_inside_and_downloads_it() throws IOException {
        WebDriver driver = browser.driver();
        // a word of the PDF's text only: letters, so that the English stemmer keeps it whole
        String word = "quorvex" + randomLetters(8);
        title = "Sea incidents brief " + word.substring(7);
        byte[] pdf = DocumentFiles.pdf("Briefing on incidents at sea: the " + word + " channel between the navies.");
        file = Files.createTempFile("brief-", ".pdf");
        Files.write(file, pdf);
        long meeting = jdbc.queryForObject("select id from meeting where title_en = ?", Long.class, LONDON);

        browser.logIn(url(""), "organiser");
        driver.get(url("/meetings/" + meeting));
        WebElement form = driver.findElement(By.cssSelector("#documents-meetings-" + meeting + " form.document-upload"));
        form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        WebElement titleField = form.findElement(By.name("title"));
        titleField.sendKeys(title);
        new Select(form.findElement(By.name("category"))).selectByValue("BACKGROUND_PAPER");
        new Select(form.findElement(By.name("access"))).selectByValue("RESEARCHERS");
        WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
        // in the middle of the window, clear of the sticky navigation and of anything at the window's edge
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(submit)).click();
        browser.waitUntilGone(submit);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success")));
        assertThat(driver.findElement(By.cssSelector("#documents-meetings-" + meeting)).getText()).contains(title)
                .contains("brief-");
        browser.screenshot("documents-organiser-panel");

        driver.manage().deleteAllCookies();
        browser.logIn(url(""), "researcher");
        String search = url("/search?q=" + word);
        // the text is read in the background: the search finds it once that is done
        browser.waiting().until(d -> {
            d.get(search);
            return !d.findElements(By.cssSelector(".document-hit")).isEmpty();
        });
        WebElement hit = driver.findElement(By.cssSelector(".document-hit"));
        assertThat(hit.getText()).contains(title).contains(word);
        assertThat(hit.findElement(By.cssSelector("mark")).getText()).isEqualTo(word);
        browser.screenshot("documents-researcher-search");

        String href = hit.findElement(By.cssSelector("a.document-download")).getDomProperty("href");
        Object downloaded = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async response => {
                    const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
                    const hex = Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('');
                    done(response.status + ' ' + response.headers.get('content-type') + ' ' + hex);
                }, error => done(String(error)));""", href);
        assertThat(downloaded).isEqualTo("200 application/pdf " + DocumentFiles.sha256(pdf));
        assertThat(browser.consoleErrors()).as("script errors or content-security-policy violations").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String randomLetters(int length) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
