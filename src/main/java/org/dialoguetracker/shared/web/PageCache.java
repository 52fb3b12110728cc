package org.dialoguetracker.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.shared.DataVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The pages researchers read most, kept as rendered: the part of the page inside the layout (everything but the
 * navigation bar, which names the reader and holds the sign-out form's token) and its title, for as long as nothing
 * in the database has changed. A decade of dialogue makes pages of dozens of facets, rows and statement cards; a
 * page kept is sent for the cost of a page without any ({@code bench/README.md}).
 * <p>
 * A page is kept under everything it depends on: its address with its host and parameters, the interface language,
 * the reader's roles (which decide what a statement's attribution shows, and which buttons appear), today's date
 * (overdue follow-ups, upcoming meetings) and the {@code pages} counter of {@link DataVersions}, which a trigger on
 * every table a page can show moves with any change (V15). The counter is read for each request, before anything
 * else, so a page kept is never older than the data, whichever instance changed it. Nothing is kept that holds a
 * form's CSRF token (an organiser's page with buttons) or that answered other than 200. A flash message ("Saved.") is
 * the layout's, shown above a kept page as above any other.
 * <p>
 * A controller opts in with {@link #view}; {@link PageCacheFilter} captures what the view rendered.
 */
@Component
public class PageCache {

    /** Around the page's part inside the layout (templates/layout.html). */
    static final String CONTENT_START = "<!--page-content-->";
    static final String CONTENT_END = "<!--/page-content-->";

    /** The layout's title is the page's, a separator, and the application's name. */
    private static final String TITLE_SEPARATOR = " · ";

    /** The template that puts a kept page into the layout. */
    static final String VIEW = "cached-page";

    /** The request attribute under which a page to keep waits for its rendering, and the key it is to be kept under. */
    static final String TO_KEEP = PageCache.class.getName() + ".TO_KEEP";

    private final DataVersions versions;
    private final Clock clock;
    private final boolean enabled;
    private final Cache<Key, Page> pages;

    PageCache(DataVersions versions, Clock clock, @Value("${dialogue.page-cache.enabled:true}") boolean enabled,
            @Value("${dialogue.page-cache.max-characters:12000000}") long maxCharacters) {
        this.versions = versions;
        this.clock = clock;
        this.enabled = enabled;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxCharacters)
                .<Key, Page>weigher((key, page) -> page.title().length() + page.content().length())
                .build();
    }

    /** What a kept page depends on. */
    record Key(String address, String language, List<String> authorities, LocalDate day, long version) {
    }

    /** The page's title (text) and its part inside the layout (HTML, as rendered). */
    public record Page(String title, String content) {
    }

    /**
     * The view of the page asked for: the kept page when there is one, else what {@code render} fills the model with
     * and names, to be kept once rendered.
     */
    public String view(HttpServletRequest request, Model model, Supplier<String> render) {
        if (!enabled || !"GET".equals(request.getMethod())) {
            return render.get();
        }
        Key key = new Key(address(request), LocaleContextHolder.getLocale().getLanguage(), authorities(),
                LocalDate.now(clock), versions.of(DataVersions.Counter.PAGES));
        Page page = pages.getIfPresent(key);
        if (page != null) {
            model.addAttribute("cachedPage", page);
            return VIEW;
        }
        String view = render.get();
        request.setAttribute(TO_KEEP, key);
        return view;
    }

    /** Keeps the page {@code html} rendered for the key waiting in the request, if it may be kept. */
    void keep(HttpServletRequest request, int status, String html) {
        if (status != 200 || !(request.getAttribute(TO_KEEP) instanceof Key key)) {
            return;
        }
        int start = html.indexOf(CONTENT_START);
        int end = html.lastIndexOf(CONTENT_END);
        int titleStart = html.indexOf("<title>");
        int titleEnd = html.indexOf("</title>");
        if (start < 0 || end < start || titleStart < 0 || titleEnd < titleStart) {
            return;
        }
        String content = html.substring(start + CONTENT_START.length(), end);
        if (content.contains("name=\"_csrf\"")) {
            return; // a form of this reader's session: never shown to another
        }
        String title = HtmlUtils.htmlUnescape(html.substring(titleStart + "<title>".length(), titleEnd));
        int separator = title.lastIndexOf(TITLE_SEPARATOR);
        pages.put(key, new Page(separator < 0 ? title : title.substring(0, separator), content));
    }

    /** Forgets every kept page (tests that count what rendering a page costs). */
    public void clear() {
        pages.invalidateAll();
    }

    /**
     * The whole address, host included (the pages' links to themselves, in other languages, other pages, other
     * facets, name it), with the request's parameters as the page read them.
     */
    private static String address(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getRequestURL());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                address.append(separator).append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }

    private static List<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? List.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }
}
