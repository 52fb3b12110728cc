package org.dialoguetracker.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dialoguetracker.support.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page goes through {@code templates/layout.html} as Thymeleaf's own parameterised fragment
 * {@code page(title, content)}: no template still speaks the Layout Dialect (whose model merging cost about half of
 * the app's CPU per request, see bench/README.md), and a page comes out whole, once: its title followed by the
 * application's name, one navigation bar, one {@code <main>} holding the page, one footer.
 */
@WebSliceTest
class LayoutTest {

    /** An attribute or namespace of the Layout Dialect; {@code ~{layout :: page(...)}} is not one. */
    private static final Pattern LAYOUT_DIALECT = Pattern.compile("\\blayout:(?!:)|ultraq");

    @Autowired
    MockMvc mvc;

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void pages_read_properties_through_the_cached_accessor() {
        assertThat(templates.getEngineContextFactory()).isInstanceOf(TemplateExpressions.CachedPropertyAccess.class);
    }

    @Test
    void no_template_uses_the_layout_dialect() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found").hasSizeGreaterThan(40);
        List<String> offenders = new ArrayList<>();
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = LAYOUT_DIALECT.matcher(text);
            if (matcher.find()) {
                offenders.add(template.getURI() + ": " + matcher.group());
            }
        }
        assertThat(offenders).as("templates using the Layout Dialect").isEmpty();
    }

    @Test
    void a_page_has_its_title_then_the_application_name_and_the_layout_once() throws Exception {
        String about = page("/about", "en");
        assertThat(about).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>About the Dialogue Tracker · Dialogue Tracker</title>");
        assertLayoutOnce(about);
        assertThat(between(about, "<main id=\"main\" class=\"container pb-5\" tabindex=\"-1\">", "</main>"))
                .contains("separate realistic areas of engagement");

        String russian = page("/about", "ru");
        assertThat(russian).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">")
                .contains("<title>О Трекере диалога · Трекер диалога</title>");
        assertLayoutOnce(russian);
    }

    @Test
    void the_navigation_offers_what_the_role_may_open() throws Exception {
        String researcher = nav(user("researcher").roles("RESEARCHER"));
        assertThat(researcher).contains("href=\"/recommendations\"", "action=\"/search\"", "href=\"/profile\"",
                "(<span>researcher</span>)").doesNotContain("href=\"/participants\"", "href=\"/admin/users\"");
        String organiser = nav(user("organiser").roles("ORGANISER"));
        assertThat(organiser).contains("href=\"/participants\"", "(<span>organiser</span>)")
                .doesNotContain("href=\"/admin/users\"");
        String admin = nav(user("admin").roles("ADMIN"));
        assertThat(admin).contains("href=\"/participants\"", "href=\"/admin/users\"", "href=\"/admin/audit\"",
                "(<span>admin</span>)");

        String signedOut = mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(between(signedOut, "<nav class=\"navbar", "</nav>"))
                .contains("lang=en").doesNotContain("href=\"/recommendations\"", "action=\"/search\"", "/logout");
        assertThat(signedOut).doesNotContain("href=\"/about\"");
    }

    private String nav(RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get("/about").param("lang", "en").with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return between(html, "<nav class=\"navbar", "</nav>");
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertLayoutOnce(String html) {
        for (String once : new String[] { "<html", "<head>", "<title>", "<body>", "<nav class=\"navbar", "<main",
                "</main>", "<footer", "bootstrap.min-", "/css/app-", "favicon-", "bootstrap.bundle.min-" }) {
            assertThat(count(html, once)).as("occurrences of " + once).isEqualTo(1);
        }
        assertThat(html.indexOf("<nav class=\"navbar")).isLessThan(html.indexOf("<main"));
        assertThat(html.indexOf("</main>")).isLessThan(html.indexOf("<footer"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }
}
