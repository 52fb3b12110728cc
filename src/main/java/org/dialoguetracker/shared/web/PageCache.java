package org.dialoguetracker.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.KeptCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The pages researchers read most, kept as rendered: the page's title and its {@code content} fragment (everything the
 * layout puts in {@code <main>}; not the navigation bar, which names the reader and holds the sign-out form's token),
 * for as long as nothing in the database has changed. A decade of dialogue makes pages of dozens of facets, rows and
 * statement cards; a page kept is sent for the cost of a page without any ({@code bench/README.md}).
 * <p>
 * A page is kept under everything it depends on: its address with its host and parameters, the interface language,
 * the reader's roles (which decide what a statement's attribution shows, and which buttons appear), today's date
 * (overdue follow-ups, upcoming meetings) and the counters of {@link DataVersions} that cover what it {@link Shows}:
 * the {@code pages} counter, which a trigger on every table a page can show moves with any change (V15, V16) but
 * for the statements that no recommendation links to (V33), and for the pages that list a meeting's statements, the
 * {@code statements} counter too. So a statement recorded during a meeting renders the meeting, the search and the
 * topics anew, and leaves the recommendations and the dashboard kept. The counters are read for each request, in one
 * statement, before anything else, so a page kept is never older than the data, whichever instance changed it.
 * Nothing is kept that holds a form's CSRF token (an organiser's page with buttons). A flash message ("Saved.") is the
 * layout's, shown above a kept page as above any other.
 * <p>
 * A controller opts in with {@link #view}; its template defines, besides its {@code content} fragment, a {@code title}
 * fragment with the text of its title. The two fragments are rendered on their own, through the same view resolver as
 * any page, and every view of the page, the first as the later ones, is the layout around them
 * ({@code cached-page.html}), so a kept page is the first rendering by construction.
 */
@Component
public class PageCache {

    /** The template that puts a page's two fragments into the layout. */
    static final String VIEW = "cached-page";

    private final DataVersions versions;
    private final Clock clock;
    /** Found when first needed: the operators' command line ({@code --backup}, {@code --restore}) has no views. */
    private final ObjectProvider<ViewResolver> views;
    private final boolean enabled;
    private final Cache pages;

    PageCache(DataVersions versions, Clock clock,
            @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views, CacheManager caches,
            @Value("${dialogue.page-cache.enabled:true}") boolean enabled) {
        this.versions = versions;
        this.clock = clock;
        this.views = views;
        this.enabled = enabled;
        this.pages = caches.getCache(NAME);
    }

    /** The kept pages, weighed in characters: about 24 MB at most by default. */
    static final String NAME = "pages";

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache pages() {
            return KeptCache.weighed(NAME, 12_000_000, Page.class, page -> page.title().length()
                    + page.content().length());
        }
    }

    /** What a kept page depends on. */
    record Key(String address, String language, List<String> authorities, LocalDate day, Shows shows,
            List<Long> versions) {
    }

    /** What a kept page shows, and so the counters it is kept under. */
    public enum Shows {
        /**
         * Records of any kind, statements only as those linked to a recommendation: the {@code pages} counter, which
         * a new statement does not move.
         */
        RECORDS(DataVersions.Counter.PAGES),
        /**
         * Besides, the statements of a meeting, a topic or a search, whichever were recorded last: the
         * {@code statements} counter too, which every change to a statement moves.
         */
        RECORDS_AND_STATEMENTS(DataVersions.Counter.PAGES, DataVersions.Counter.STATEMENTS);

        private final DataVersions.Counter[] counters;

        Shows(DataVersions.Counter... counters) {
            this.counters = counters;
        }
    }

    /** The page's title (text) and its content fragment (HTML, as rendered). */
    public record Page(String title, String content) {
    }

    /**
     * The view of the page asked for: its kept title and content in the layout when there are any, else what
     * {@code render} fills the model with and names, rendered (and kept, unless it holds a form) first. A view
     * {@code render} names that is a redirect or a forward is answered as it is.
     *
     * @param shows what the page shows: a page kept under too few counters is shown stale, so name
     *     {@link Shows#RECORDS_AND_STATEMENTS} for any page that lists statements other than a recommendation's
     */
    public String view(HttpServletRequest request, Model model, Shows shows, Supplier<String> render) {
        if (!enabled || !"GET".equals(request.getMethod())) {
            return render.get();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Key key = new Key(address(request), locale.getLanguage(), authorities(), LocalDate.now(clock), shows,
                Arrays.stream(versions.now(shows.counters)).boxed().toList());
        Page page = pages.get(key, Page.class);
        if (page == null) {
            String view = render.get();
            if (view.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                    || view.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX)) {
                return view;
            }
            page = new Page(HtmlUtils.htmlUnescape(fragment(view, "title", model, locale, request)),
                    fragment(view, "content", model, locale, request));
            if (!page.content().contains("name=\"_csrf\"")) { // a form of this reader's session: never another's
                pages.put(key, page);
            }
        }
        model.addAttribute("keptPage", page);
        return VIEW;
    }

    /** One fragment of the page's template rendered alone, with the page's model, as the layout would render it. */
    private String fragment(String view, String fragment, Model model, Locale locale, HttpServletRequest request) {
        try {
            View template = views.getObject().resolveViewName(view + " :: " + fragment, locale);
            if (template == null) {
                throw new IllegalStateException("no view " + view);
            }
            Rendered rendered = new Rendered(response(request));
            template.render(model.asMap(), request, rendered);
            return rendered.text();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not render the " + fragment + " of " + view, ex);
        }
    }

    private static HttpServletResponse response(HttpServletRequest request) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            return attributes.getResponse();
        }
        throw new IllegalStateException("a page is kept while a request is answered");
    }

    /** Forgets every kept page (tests that count what rendering a page costs). */
    public void clear() {
        pages.clear();
    }

    /**
     * What a fragment writes, kept apart from the reader's response: the view sets the content type and writes its
     * text, and nothing of it reaches the reader until the page is rendered in the layout.
     */
    private static final class Rendered extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(16 * 1024);
        private final PrintWriter writer = new PrintWriter(text);

        Rendered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("a fragment is written as text");
        }

        @Override
        public void setContentType(String type) {
            // the layout's rendering sets the page's
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // likewise
        }

        @Override
        public void setLocale(Locale locale) {
            // likewise
        }

        String text() {
            writer.flush();
            return text.toString();
        }
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
