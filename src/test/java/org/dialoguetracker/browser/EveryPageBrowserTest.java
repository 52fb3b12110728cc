package org.dialoguetracker.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: at a phone's width (390 px) no page scrolls sideways, and at a laptop's (1280 px) the navigation keeps to
 * one line with everything in view, for every role in both languages. Each page type is loaded once per role and
 * language and measured at both widths (the window is resized, the page reflows). Skipped, with a printed reason,
 * where Chromium is not installed.
 */
@IntegrationTest
class PageWidthsBrowserTest {

    private static final int PHONE = 390;

    private static final int LAPTOP = 1280;

    /** The height of the bar with its entries on one line (Bootstrap's navbar: 56 px). */
    private static final int ONE_LINE = 64;

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeAvailable();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void no_page_scrolls_sideways_on_a_phone_and_the_navigation_fits_a_laptop_for_every_role_in_both_languages() {
        long meeting = jdbc.queryForObject("select min(id) from meeting where status = 'REPORT_PUBLISHED'", Long.class);
        long recommendation = jdbc.queryForObject("select min(id) from recommendation", Long.class);
        String topic = jdbc.queryForObject("select slug from topic where parent_id is null order by position limit 1",
                String.class);
        List<String> everyone = List.of("/", "/meetings", "/meetings/" + meeting, "/recommendations",
                "/recommendations/" + recommendation, "/topics", "/topics/" + topic, "/topics/" + topic + "/positions",
                "/follow-ups", "/institutions", "/dialogues", "/analysis/feasibility", "/search?q=hotline",
                "/meetings/" + meeting + "/report/editions", "/profile");
        List<String> organisers = List.of("/meetings/new", "/meetings/" + meeting + "/edit", "/participants",
                "/meetings/" + meeting + "/report/draft", "/meetings/" + meeting + "/report/reviewers");
        List<String> admins = List.of("/admin/users", "/admin/audit", "/admin/import", "/admin/import/backup");
        Map<String, List<String>> pages = Map.of("researcher", everyone,
                "organiser", concat(everyone, organisers), "admin", concat(everyone, organisers, admins));

        List<String> problems = new ArrayList<>();
        for (String user : List.of("researcher", "organiser", "admin")) {
            logIn(user);
            for (String language : List.of("en", "ru")) {
                for (String page : pages.get(user)) {
                    browser.driver().get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                    problems.addAll(measure(user + " " + language + " " + page));
                }
            }
        }
        resize(LAPTOP);
        assertThat(problems).as("pages wider than the window, or a navigation that does not fit").isEmpty();
        assertThat(browser.consoleErrors()).as("script errors or content-security-policy violations").isEmpty();
    }

    /** The page at both widths: what does not fit, as lines of the failure message. */
    private List<String> measure(String what) {
        List<String> problems = new ArrayList<>();
        resize(LAPTOP);
        Map<?, ?> laptop = metrics();
        if (number(laptop, "scroll") > number(laptop, "inner")) {
            problems.add(what + " at " + LAPTOP + " px is " + number(laptop, "scroll") + " px wide");
        }
        if (number(laptop, "nav") > ONE_LINE || number(laptop, "navRight") > number(laptop, "inner")) {
            problems.add(what + " at " + LAPTOP + " px: the navigation is " + number(laptop, "nav")
                    + " px high and ends at " + number(laptop, "navRight") + " px");
        }
        resize(PHONE);
        Map<?, ?> phone = metrics();
        if (number(phone, "scroll") > number(phone, "inner")) {
            problems.add(what + " at " + PHONE + " px is " + number(phone, "scroll") + " px wide");
            browser.screenshot("too-wide-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return problems;
    }

    private Map<?, ?> metrics() {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const nav = document.querySelector('nav.navbar');
                const last = [...document.querySelectorAll('#nav .nav-link, #nav .nav-search')]
                    .map(e => e.getBoundingClientRect().right).reduce((a, b) => Math.max(a, b), 0);
                return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                         nav: nav ? Math.round(nav.getBoundingClientRect().height) : 0, navRight: Math.ceil(last) };""");
    }

    private void resize(int width) {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(width, 900));
        Object inner = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        assertThat(((Number) inner).intValue()).as("the window's inner width").isEqualTo(width);
    }

    private void logIn(String user) {
        browser.driver().manage().deleteAllCookies();
        resize(LAPTOP);
        browser.logIn(url(""), user);
    }

    private static long number(Map<?, ?> metrics, String name) {
        return ((Number) metrics.get(name)).longValue();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
