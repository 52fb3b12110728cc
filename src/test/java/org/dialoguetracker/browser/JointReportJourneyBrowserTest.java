package org.dialoguetracker.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Issue 14, "Must show" 1 and 3: the joint report of one round, from the draft to edition 2, in headless Chromium, by
 * clicking and typing only. The organiser ({@code organiser}, the UK lead of the demo dialogue) creates a round of
 * the demo dialogue held under the Chatham House Rule ({@code NONE}), marks it as held, records a key point, starts
 * the report draft and edits its summary in English and in Russian. A guest reviewer, in a browser of their own with
 * no account, opens the link the organiser made and comments on the summary in Russian; the organiser sees the
 * comment in the workspace. Both leads sign off both languages ({@code organiser-ru}, the Russian lead, in the
 * Russian interface); the Russian lead's edit of the Russian text voids the Russian sign-offs only, which the panel
 * says plainly, and both sign the Russian text again. The organiser publishes edition 1; the researcher reads it and
 * downloads its Russian PDF and DOCX; a correction, signed again by both, becomes edition 2, whose page shows its
 * difference from edition 1, which is still there.
 * <p>
 * One browser per person, each kept for the whole journey. Screenshots of the draft workspace and of the sign-off
 * panel, in English and in Russian, go to {@code target/screenshots/} (and to {@code /tmp/shots-journey/} when
 * that directory can be written). Skipped, with a printed reason, where Chromium is not installed.
 */
@IntegrationTest
class JointReportJourneyBrowserTest {

    /** The demo dialogue, whose leads are {@code organiser} (UK) and {@code organiser-ru} (Russia). */
    private static final String DIALOGUE = "UK–Russia Security Dialogue";

    /** A copy of the screenshots outside the build directory, for people reviewing the branch. */
    private static final Path SHOTS_COPY = Path.of("/tmp/shots-journey");

    private static final String GUEST_NAME = "Greta Reviewer";

    @RegisterExtension
    static final Browser organiser = Browser.perClass();

    @RegisterExtension
    static final Browser organiserRu = Browser.perClass();

    @RegisterExtension
    static final Browser guest = Browser.perClass();

    @RegisterExtension
    static final Browser researcher = Browser.perClass();

    @LocalServerPort
    int port;

    /** Makes every text of this run unique, so that the test may run again on the same database. */
    private final String run = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 100_000));

    private final String titleEn = "Joint report journey " + run;

    private final String titleRu = "Совместный отчёт, проверка " + run;

    /** A key point recorded as said by the Russian side, under a rule that withholds every side. */
    private final String keyPointEn = "Journey " + run + ": a standing channel between the two general staffs is overdue.";

    private final String keyPointRu = "Путь " + run + ": постоянный канал между двумя генштабами давно назрел.";

    private final String summaryEn = "Journey " + run + ": the round examined incidents at sea and a standing military channel.";

    private final String summaryRu = "Путь " + run + ": участники обсудили инциденты на море и постоянный военный канал.";

    /** The Russian lead's edit after every sign-off: it voids the Russian ones. */
    private final String summaryRuEdited = "Путь " + run
            + ": участники обсудили инциденты на море, горячие линии и постоянный военный канал.";

    /** The correction that becomes edition 2. */
    private final String summaryEnCorrected = "Journey " + run
            + ": the round examined incidents at sea, hotline tests and a standing military channel.";

    private final String guestComment = "Путь " + run + ": стоит назвать формат канала в кратком изложении.";

    private final String changeNote = "Journey " + run + ": the English summary names the hotline tests.";

    private String meetingPath;

    @Test
    void a_report_is_drafted_reviewed_signed_by_both_sides_in_both_languages_published_and_corrected() throws Exception {
        try {
            journey();
        }
        catch (Exception | AssertionError failure) {
            // what each person saw when it failed, for whoever reads the failure
            String[] names = { "organiser", "organiser-ru", "guest", "researcher" };
            Browser[] browsers = { organiser, organiserRu, guest, researcher };
            for (int i = 0; i < browsers.length; i++) {
                try {
                    browsers[i].screenshot("journey-failed-" + names[i]);
                }
                catch (RuntimeException unavailable) {
                    failure.addSuppressed(unavailable);
                }
            }
            throw failure;
        }
    }

    private void journey() throws Exception {
        logIn(organiser, "organiser", "Dashboard");
        createAHeldRoundWithAKeyPoint();
        startTheDraftAndEditTheSummaryInBothLanguages();

        String link = inviteAGuestReviewer();
        theGuestReadsTheDraftAndComments(link);
        theOrganiserSeesTheGuestsComment();

        signOff(organiser, "en", "UK", "Signed by Demo Organiser on ");
        signOff(organiser, "ru", "UK", "Signed by Demo Organiser on ");
        logIn(organiserRu, "organiser-ru", "Обзор");
        openTheDraftInRussian();
        signOff(organiserRu, "en", "RUSSIA", "Утвердил(а) Демо Организатор, ");
        signOff(organiserRu, "ru", "RUSSIA", "Утвердил(а) Демо Организатор, ");
        assertThat(organiserRu.driver().findElement(By.cssSelector("#publish")).getText())
                .contains("Оба руководителя утвердили оба языка");

        theRussianEditVoidsTheRussianSignOffsOnly();
        signOff(organiser, "ru", "UK", "Signed by Demo Organiser on ");
        signOff(organiserRu, "ru", "RUSSIA", "Утвердил(а) Демо Организатор, ");

        publish(1, null);
        theMeetingIsReportPublished();

        logIn(researcher, "researcher", "Dashboard");
        theResearcherDownloadsTheRussianEdition();

        prepareACorrection();
        signOff(organiser, "en", "UK", "Signed by Demo Organiser on ");
        signOff(organiser, "ru", "UK", "Signed by Demo Organiser on ");
        reload(organiserRu);
        signOff(organiserRu, "en", "RUSSIA", "Утвердил(а) Демо Организатор, ");
        signOff(organiserRu, "ru", "RUSSIA", "Утвердил(а) Демо Организатор, ");
        publish(2, changeNote);
        theResearcherReadsEditionTwoAndItsDifference();

        for (Browser browser : List.of(organiser, organiserRu, guest, researcher)) {
            assertThat(browser.consoleErrors()).as("script errors or content-security-policy violations").isEmpty();
        }
    }

    // --- 1. the organiser drafts ---

    private void createAHeldRoundWithAKeyPoint() {
        WebDriver driver = organiser.driver();
        driver.get(url("/meetings/new"));
        waitForHeading(organiser, "New meeting");
        new Select(driver.findElement(By.id("dialogueId"))).selectByVisibleText(DIALOGUE);
        type(driver, "titleEn", titleEn);
        type(driver, "titleRu", titleRu);
        // a round that took place last month, so that it may be marked as held
        LocalDate start = LocalDate.now().minusMonths(1);
        setDate(driver, "startDate", start);
        setDate(driver, "endDate", start.plusDays(1));
        // not London or Moscow: other tests find the demo meetings by their city
        type(driver, "cityEn", "Tallinn");
        type(driver, "cityRu", "Таллин");
        new Select(driver.findElement(By.id("attributionRule"))).selectByValue("NONE");
        clickAndLoad(organiser, driver.findElement(By.cssSelector("main form[method=post] button[type=submit]")));
        organiser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
        waitForHeading(organiser, titleEn);
        assertNotAnErrorPage(driver);
        meetingPath = path(driver.getCurrentUrl());

        clickAndLoad(organiser, driver.findElement(By.cssSelector("form.mark-held button")));
        organiser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main .alert-success"), "The meeting is marked as held."));
        assertThat(facts(driver)).contains("Held", "No attribution");

        clickAndLoad(organiser, driver.findElement(By.cssSelector("nav.organiser-tools"))
                .findElement(By.linkText("Record statements")));
        organiser.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/minutes$"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("PROPOSAL");
        new Select(driver.findElement(By.id("side"))).selectByValue("RUSSIA");
        new Select(driver.findElement(By.id("attribution"))).selectByValue("NONE");
        type(driver, "textEn", keyPointEn);
        type(driver, "textRu", keyPointRu);
        clickAndLoad(organiser, driver.findElement(By.cssSelector("#statement-form button[type=submit]")));
        organiser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main .alert-success"), "Statement recorded."));
        assertThat(driver.findElements(By.cssSelector("#statement-form .is-invalid"))).isEmpty();
        clickAndLoad(organiser, driver.findElement(By.linkText("Back to the meeting")));
        waitForHeading(organiser, titleEn);
    }

    private void startTheDraftAndEditTheSummaryInBothLanguages() {
        WebDriver driver = organiser.driver();
        clickAndLoad(organiser, driver.findElement(By.cssSelector("a.report-draft-link")));
        waitForHeading(organiser, "Start the report draft");
        assertNotAnErrorPage(driver);
        click(organiser, driver.findElement(By.id("grouping-BY_SESSION")));
        clickAndLoad(organiser, driver.findElement(By.cssSelector("#start-draft button[type=submit]")));
        waitForHeading(organiser, "Report draft");
        assertThat(flash(organiser)).isEqualTo("The draft was started from the records.");
        assertThat(driver.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Being drafted");
        assertThat(texts(driver.findElements(By.cssSelector("section.report-section .card-header h2"))))
                .contains("Title page", "Summary", "Key points of the discussion", "Recommendations");

        // the key point is drafted from the records as researchers may read it: under NONE, without its side
        WebElement keyPoints = section(driver, "Key points of the discussion");
        assertThat(keyPoints.findElement(By.cssSelector(".col-lg-6[lang=en] .report-text")).getText()).contains(keyPointEn)
                .doesNotContain("The Russian side", "A UK participant");
        assertThat(keyPoints.findElement(By.cssSelector(".col-lg-6[lang=ru] .report-text")).getText()).contains(keyPointRu)
                .doesNotContain("Российская сторона", "Британский участник");

        editSection(organiser, "Summary", "en", summaryEn, "The section was saved.");
        editSection(organiser, "Summary", "ru", summaryRu, "The section was saved.");
        WebElement summary = section(driver, "Summary");
        assertThat(summary.findElement(By.cssSelector(".col-lg-6[lang=en] .report-text")).getText()).isEqualTo(summaryEn);
        assertThat(summary.findElement(By.cssSelector(".col-lg-6[lang=ru] .report-text")).getText()).isEqualTo(summaryRu);
        assertThat(summary.getText()).contains("Last edited by organiser on ");

        // starting the draft moved the meeting on
        driver.get(url(meetingPath));
        waitForHeading(organiser, titleEn);
        assertThat(facts(driver)).contains("Report drafted");
        clickAndLoad(organiser, driver.findElement(By.cssSelector("a.report-draft-link")));
        waitForHeading(organiser, "Report draft");
    }

    // --- 2. a guest reviewer comments ---

    private String inviteAGuestReviewer() {
        WebDriver driver = organiser.driver();
        clickAndLoad(organiser, driver.findElement(By.cssSelector("main")).findElement(By.linkText("Guest reviewers")));
        waitForHeading(organiser, "Guest reviewers");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Nobody has been invited yet.");
        type(driver, "name", GUEST_NAME);
        type(driver, "email", "greta.reviewer." + run + "@example.org");
        setDate(driver, "expiresOn", LocalDate.now().plusDays(14));
        clickAndLoad(organiser, driver.findElement(By.cssSelector("form.invite-form button[type=submit]")));
        WebElement shown = organiser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-link-value")));
        assertThat(driver.findElements(By.cssSelector(".invite-form .is-invalid"))).as("fields refused").isEmpty();
        assertThat(driver.findElement(By.id("new-link")).getText()).contains("The review link for " + GUEST_NAME,
                "it is shown only this once");
        String link = shown.getDomProperty("value");
        assertThat(link).matches("http://localhost:" + port + "/review/[A-Za-z0-9_-]{22,}");
        WebElement row = driver.findElement(By.cssSelector("table.invitations tbody tr"));
        assertThat(row.getText()).contains(GUEST_NAME, "active", "never");
        assertThat(driver.getPageSource()).as("the link is shown once, in its field").containsOnlyOnce(
                link.substring(link.lastIndexOf('/') + 1));

        // shown only once: the same page opened again does not show it
        driver.get(url(meetingPath + "/report/reviewers"));
        waitForHeading(organiser, "Guest reviewers");
        assertThat(driver.findElements(By.id("new-link"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(link.substring(link.lastIndexOf('/') + 1));
        return link;
    }

    private void theGuestReadsTheDraftAndComments(String link) {
        WebDriver driver = guest.driver();
        driver.get(link + "?lang=ru");
        guest.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), titleRu));
        assertNotAnErrorPage(driver);
        assertThat(driver.findElement(By.cssSelector(".review-intro")).getText()).contains(GUEST_NAME);
        // read-only: nothing to edit, sign or publish, no login, no navigation into the tracker
        assertThat(driver.findElements(By.cssSelector("textarea[name=text], .sign-button, #publish, #signoff")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href*='/meetings']"))).isEmpty();
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains(summaryRu, keyPointRu);
        // the Chatham House Rule: the guest learns no side behind the key point
        assertThat(page).doesNotContain("Российская сторона", "Британский участник");

        WebElement summary = driver.findElements(By.cssSelector("section.review-section")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().equals("Краткое изложение"))
                .findFirst().orElseThrow(() -> new AssertionError("no summary section on the guest's page"));
        String sectionId = summary.getDomAttribute("id").substring("section-".length());
        WebElement field = summary.findElement(By.id("new-comment-" + sectionId));
        field.sendKeys(guestComment);
        clickAndLoad(guest, summary.findElement(By.cssSelector("form.new-comment button[type=submit]")));
        guest.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main .alert-success"), "Ваш комментарий добавлен."));
        assertThat(driver.getCurrentUrl()).contains("lang=ru");
        WebElement comment = driver.findElement(By.id("section-" + sectionId))
                .findElement(By.cssSelector(".review-comment"));
        assertThat(comment.findElement(By.cssSelector(".comment-author")).getText()).isEqualTo(GUEST_NAME);
        assertThat(comment.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo(guestComment);
        guest.screenshot("journey-guest-review-ru");
        copyShot("journey-guest-review-ru");
    }

    private void theOrganiserSeesTheGuestsComment() {
        WebDriver driver = organiser.driver();
        driver.get(url(meetingPath + "/report/draft"));
        waitForHeading(organiser, "Report draft");
        WebElement comments = section(driver, "Summary").findElement(By.cssSelector(".comments"));
        assertThat(comments.findElement(By.tagName("h3")).getText()).isEqualTo("1 comment");
        WebElement comment = comments.findElement(By.cssSelector(".comment"));
        assertThat(comment.getText()).contains(GUEST_NAME, "guest reviewer", guestComment);
        windowFrom(organiser, "journey-workspace-en", section(driver, "Summary"));
    }

    // --- 3. and 4. sign-off, and an edit that voids one language ---

    private void openTheDraftInRussian() {
        WebDriver driver = organiserRu.driver();
        driver.get(url(meetingPath));
        waitForHeading(organiserRu, titleRu);
        assertThat(facts(driver)).contains("Доклад подготовлен");
        clickAndLoad(organiserRu, driver.findElement(By.cssSelector("a.report-draft-link")));
        waitForHeading(organiserRu, "Проект отчёта");
        assertNotAnErrorPage(driver);
        // the UK side has signed both languages; the Russian lead may not sign for it
        for (String language : List.of("en", "ru")) {
            WebElement uk = slot(driver, language, "UK");
            assertThat(uk.findElement(By.cssSelector(".signed")).getText()).startsWith("Утвердил(а) Demo Organiser, ");
            assertThat(uk.findElements(By.cssSelector(".sign-button"))).isEmpty();
        }
        assertThat(section(driver, "Краткое изложение").getText()).contains(GUEST_NAME, guestComment,
                "приглашённый рецензент");
    }

    private void theRussianEditVoidsTheRussianSignOffsOnly() {
        editSection(organiserRu, "Краткое изложение", "ru", summaryRuEdited, "Раздел сохранён.");
        WebDriver driver = organiserRu.driver();
        for (String side : List.of("UK", "RUSSIA")) {
            WebElement english = slot(driver, "en", side);
            assertThat(english.findElements(By.cssSelector(".signed"))).as("English, " + side + ", still signed")
                    .hasSize(1);
            assertThat(english.findElements(By.cssSelector(".voided"))).isEmpty();
            WebElement russian = slot(driver, "ru", side);
            assertThat(russian.findElement(By.cssSelector(".not-signed")).getText()).isEqualTo("Не утверждено");
            String voided = russian.findElement(By.cssSelector(".voided")).getText();
            String signer = side.equals("UK") ? "Demo Organiser" : "Демо Организатор";
            assertThat(voided).contains("Утвердил(а) " + signer + ", ", "аннулировано с ", "Что изменилось с тех пор:",
                    "Краткое изложение, правка: organiser-ru, ", "разница");
            assertThat(russian.findElement(By.cssSelector(".sign-button")).isEnabled())
                    .isEqualTo(side.equals("RUSSIA"));
        }
        assertThat(driver.findElement(By.id("publish")).getText())
                .contains("Проект можно опубликовать, когда оба руководителя утвердят оба языка.");
        windowFrom(organiserRu, "journey-workspace-ru", section(driver, "Краткое изложение"));
        shot(organiserRu, "journey-signoff-ru", By.id("signoff"));

        // the organiser's panel says the same in English: who signed, when, and what changed since
        WebDriver uk = organiser.driver();
        reload(organiser);
        WebElement russianUk = slot(uk, "ru", "UK");
        String voided = russianUk.findElement(By.cssSelector(".voided")).getText();
        assertThat(voided).startsWith("Signed by Demo Organiser on ").contains("void since", "What changed since:",
                "Summary, edited by organiser-ru on ");
        assertThat(slot(uk, "en", "UK").findElement(By.cssSelector(".signed")).getText())
                .startsWith("Signed by Demo Organiser on ");
        shot(organiser, "journey-signoff-en", By.id("signoff"));

        // the difference the edit made, one click away
        clickAndLoad(organiser, russianUk.findElement(By.linkText("difference")));
        waitForHeading(organiser, "What an edit changed: Summary, Russian");
        WebElement diff = uk.findElement(By.cssSelector(".text-diff"));
        assertThat(diff.findElements(By.tagName("ins")).stream().map(WebElement::getText).collect(Collectors.joining(" ")))
                .contains("горячие линии");
        clickAndLoad(organiser, uk.findElement(By.linkText("Back to the draft")));
        waitForHeading(organiser, "Report draft");
    }

    /** A lead signs one language for their side from the panel, and the slot then says who signed. */
    private void signOff(Browser browser, String language, String side, String signedPrefix) {
        WebDriver driver = browser.driver();
        WebElement button = slot(driver, language, side).findElement(By.cssSelector(".sign-button"));
        assertThat(button.isEnabled()).as("the sign-off button of " + language + "/" + side).isTrue();
        clickAndLoad(browser, button);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signoff")));
        assertNotAnErrorPage(driver);
        assertThat(flash(browser)).isIn("Signed off.", "Утверждено.");
        WebElement slot = slot(driver, language, side);
        assertThat(slot.findElement(By.cssSelector(".signed")).getText()).startsWith(signedPrefix);
        assertThat(slot.findElements(By.cssSelector(".sign-button, .voided"))).isEmpty();
    }

    // --- 5. publishing ---

    private void publish(int edition, String note) {
        WebDriver driver = organiser.driver();
        reload(organiser);
        WebElement publish = driver.findElement(By.id("publish"));
        assertThat(publish.getText()).contains(
                "Both leads have signed off both languages: the draft may be published as edition " + edition + ".");
        if (note != null) {
            type(driver, "changeNote", note);
        }
        clickAndLoad(organiser, publish.findElement(By.cssSelector("button[type=submit]")));
        waitForHeading(organiser, "Report draft");
        assertNotAnErrorPage(driver);
        assertThat(flash(organiser)).isEqualTo("The edition was published.");
        assertThat(driver.findElement(By.cssSelector("main .badge")).getText())
                .isEqualTo("Published as edition " + edition + ": a correction reopens the draft");
        assertThat(driver.findElements(By.cssSelector("#publish, textarea[name=text], .sign-button, .not-signed")))
                .as("a published draft offers no edit, sign-off or publishing").isEmpty();
        assertThat(driver.findElement(By.id("signoff")).getText()).contains("Edition " + edition
                + " was published with the sign-offs of both leads in both languages");
        assertThat(driver.findElement(By.id("correction")).getText()).contains("Prepare a correction");
    }

    private void theMeetingIsReportPublished() {
        WebDriver driver = organiser.driver();
        driver.get(url(meetingPath));
        waitForHeading(organiser, titleEn);
        assertThat(facts(driver)).contains("Report published");
        assertThat(driver.findElement(By.cssSelector("a.published-report-link")).getText()).isEqualTo("Published report");
    }

    // --- 6. the researcher downloads the Russian edition ---

    private void theResearcherDownloadsTheRussianEdition() throws Exception {
        WebDriver driver = researcher.driver();
        driver.get(url(meetingPath));
        waitForHeading(researcher, titleEn);
        assertThat(facts(driver)).contains("Report published");
        assertThat(driver.findElements(By.cssSelector("a.report-draft-link, nav.organiser-tools"))).isEmpty();
        clickAndLoad(researcher, driver.findElement(By.cssSelector("a.published-report-link")));
        researcher.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/report/editions$"));
        waitForHeading(researcher, titleEn);
        assertNotAnErrorPage(driver);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Edition 1", "latest", summaryEn, keyPointEn)
                .contains("Demo Organiser (UK, English)", "Демо Организатор (Russia, Russian)")
                .doesNotContain("The Russian side", "A UK participant");

        byte[] pdf = download(researcher, driver.findElement(By.linkText("PDF, Russian")), "application/pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squash(new PDFTextStripper().getText(document));
            assertThat(text).contains(squash(titleRu), squash(summaryRuEdited), squash(keyPointRu))
                    .doesNotContain(squash(summaryRu), "Российская сторона");
        }
        byte[] docx = download(researcher, driver.findElement(By.linkText("DOCX, Russian")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx[0] == 'P' && docx[1] == 'K').as("a DOCX is a zip file").isTrue();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(titleRu, summaryRuEdited, keyPointRu).doesNotContain(summaryRu);
            assertThat(document.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getText())).as("the DOCX's headings").contains("Краткое изложение");
        }
        // the downloads' ?lang=ru chose the documents' language, not the researcher's interface
        driver.get(url(meetingPath));
        waitForHeading(researcher, titleEn);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    // --- 7. a correction becomes edition 2 ---

    private void prepareACorrection() {
        WebDriver driver = organiser.driver();
        driver.get(url(meetingPath + "/report/draft"));
        waitForHeading(organiser, "Report draft");
        clickAndLoad(organiser, driver.findElement(By.cssSelector("#correction button[type=submit]")));
        waitForHeading(organiser, "Report draft");
        assertThat(flash(organiser)).isEqualTo("The draft was reopened for a correction from the latest edition.");
        assertThat(driver.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Being drafted");
        for (String language : List.of("en", "ru")) {
            for (String side : List.of("UK", "RUSSIA")) {
                assertThat(slot(driver, language, side).findElement(By.cssSelector(".not-signed")).getText())
                        .isEqualTo("Not signed");
            }
        }
        editSection(organiser, "Summary", "en", summaryEnCorrected, "The section was saved.");
        // a correction needs a change note
        WebElement publish = driver.findElement(By.id("publish"));
        assertThat(publish.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Publish edition 2");
        assertThat(publish.getText()).contains("What this correction changes");
    }

    private void theResearcherReadsEditionTwoAndItsDifference() {
        WebDriver driver = researcher.driver();
        driver.get(url(meetingPath + "/report/editions"));
        waitForHeading(researcher, titleEn);
        assertNotAnErrorPage(driver);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Edition 2", "latest", summaryEnCorrected, changeNote).doesNotContain(summaryEn);
        // only the section the correction changed offers a difference
        List<WebElement> differences = driver.findElements(By.cssSelector("details.edition-diff"));
        assertThat(differences).hasSize(1);
        WebElement changed = differences.get(0);
        assertThat(changed.findElement(By.xpath("ancestor::section[1]//h2")).getText()).isEqualTo("Summary");
        click(researcher, changed.findElement(By.tagName("summary")));
        researcher.waiting().until(ExpectedConditions.visibilityOf(changed.findElement(By.tagName("ins"))));
        assertThat(changed.findElement(By.tagName("summary")).getText()).isEqualTo("Difference from edition 1");
        assertThat(texts(changed.findElements(By.tagName("ins")))).anySatisfy(t -> assertThat(t).contains("hotline tests"));
        researcher.screenshot("journey-edition-2-en");
        copyShot("journey-edition-2-en");

        // edition 1 is still there, as published
        List<WebElement> editions = driver.findElements(By.cssSelector("ul.edition-list li"));
        assertThat(texts(editions)).hasSize(2);
        WebElement first = editions.stream().filter(li -> li.getText().startsWith("Edition 1")).findFirst()
                .orElseThrow(() -> new AssertionError("edition 1 is not listed"));
        clickAndLoad(researcher, first.findElement(By.linkText("Edition 1")));
        researcher.waiting().until(ExpectedConditions.urlMatches("/meetings/\\d+/report/editions/1$"));
        assertThat(driver.findElement(By.cssSelector("main p strong")).getText()).isEqualTo("Edition 1");
        assertThat(driver.findElement(By.cssSelector("article.edition-text")).getText()).contains(summaryEn)
                .doesNotContain(summaryEnCorrected);
        assertThat(driver.findElements(By.cssSelector("section.change-note, details.edition-diff")))
                .as("edition 1 has no change note and no difference").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".badge")).stream().map(WebElement::getText))
                .doesNotContain("latest");
    }

    // --- helpers ---

    private void logIn(Browser browser, String username, String dashboard) {
        WebDriver driver = browser.driver();
        browser.logIn(url(""), username);
        waitForHeading(browser, dashboard);
        assertThat(driver.findElement(By.cssSelector("nav.navbar .user-menu")).getText()).contains(username);
        assertNotAnErrorPage(driver);
    }

    /** Opens a section's edit form in one language, replaces its text and saves it. */
    private void editSection(Browser browser, String heading, String language, String text, String saved) {
        WebDriver driver = browser.driver();
        WebElement column = section(driver, heading).findElement(By.cssSelector(".col-lg-6[lang=" + language + "]"));
        WebElement details = column.findElement(By.tagName("details"));
        click(browser, details.findElement(By.tagName("summary")));
        WebElement area = browser.waiting().until(ExpectedConditions.visibilityOf(details.findElement(By.tagName("textarea"))));
        area.clear();
        area.sendKeys(text);
        clickAndLoad(browser, details.findElement(By.cssSelector("button[type=submit]")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signoff")));
        assertNotAnErrorPage(driver);
        assertThat(flash(browser)).isEqualTo(saved);
        assertThat(section(driver, heading).findElement(By.cssSelector(".col-lg-6[lang=" + language + "] .report-text")).getText())
                .isEqualTo(text);
    }

    /** Downloads what a link points to with the browser's own session, as the browser would. */
    private byte[] download(Browser browser, WebElement link, String contentType) throws IOException, InterruptedException {
        String href = link.getDomProperty("href");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        return response.body();
    }

    private static WebElement section(WebDriver driver, String heading) {
        return driver.findElements(By.cssSelector("section.report-section")).stream()
                .filter(s -> s.findElement(By.cssSelector(".card-header h2")).getText().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no section headed " + heading));
    }

    private static WebElement slot(WebDriver driver, String language, String side) {
        return driver.findElement(By.id("signoff-" + language + "-" + side));
    }

    private static String facts(WebDriver driver) {
        return driver.findElement(By.cssSelector(".meeting-facts")).getText();
    }

    private static String flash(Browser browser) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .alert-success")))
                .getText();
    }

    private void reload(Browser browser) {
        browser.driver().get(url(meetingPath + "/report/draft"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signoff")));
        assertNotAnErrorPage(browser.driver());
    }

    private static void waitForHeading(Browser browser, String heading) {
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), heading));
    }

    /**
     * Clicks something after scrolling it, at once, to the middle of the window. Bootstrap makes scrolling smooth, so
     * the scroll that Chromium makes before a click may not have ended when it clicks: "click intercepted", for a
     * section's "Edit" far down the long workspace.
     */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone and the new one loaded. */
    private static void clickAndLoad(Browser browser, WebElement element) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        click(browser, element);
        browser.waitUntilGone(html);
        browser.waiting().until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }



    /**
     * A screenshot of one element, saved under {@code target/screenshots/} and copied to {@link #SHOTS_COPY}. The
     * element is scrolled to the top of the window and cut out of a screenshot of the window: Chromium's own element
     * screenshot timed out in the renderer on a busy machine.
     */
    private static void shot(Browser browser, String name, By element) {
        WebDriver driver = browser.driver();
        WebElement shown = driver.findElement(element);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                shown);
        Path target = browser.screenshot(name);
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const r = arguments[0].getBoundingClientRect(), k = window.devicePixelRatio;
                return [r.left * k, r.top * k, r.width * k, r.height * k];""", shown);
        try {
            BufferedImage window = ImageIO.read(target.toFile());
            int x = Math.max(0, box.get(0).intValue());
            int y = Math.max(0, box.get(1).intValue());
            int width = Math.min(window.getWidth() - x, box.get(2).intValue());
            int height = Math.min(window.getHeight() - y, box.get(3).intValue());
            ImageIO.write(window.getSubimage(x, y, width, height), "png", target.toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        copyShot(name);
    }

    /** A screenshot of the window scrolled so that {@code top} is at its top, saved and copied as {@link #shot}'s. */
    private static void windowFrom(Browser browser, String name, WebElement top) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", top);
        browser.screenshot(name);
        copyShot(name);
    }

    private static void copyShot(String name) {
        try {
            Files.createDirectories(SHOTS_COPY);
            Files.copy(Browser.SCREENSHOTS.resolve(name + ".png"), SHOTS_COPY.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            // only a convenience copy: the screenshot itself is under target/screenshots
            System.out.println("[tests] could not copy " + name + ".png to " + SHOTS_COPY + ": " + ex.getMessage());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceAll("[?#].*", "");
    }

    private static List<String> texts(List<WebElement> elements) {
        return new ArrayList<>(elements.stream().map(WebElement::getText).map(String::strip).toList());
    }

    /** Text extracted from a PDF, with line breaks and runs of spaces made single spaces. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertNotAnErrorPage(WebDriver driver) {
        assertThat(driver.findElements(By.cssSelector(".error-page"))).as("error page at " + driver.getCurrentUrl())
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel Error Page").doesNotContain("Exception");
    }
}
