package org.dialoguetracker.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Captures the HTML of a page that {@link PageCache#view} has asked to keep, as the view writes it to the reader,
 * and hands it to the cache once the request is done. Runs after Spring Security's filters (its default order), on
 * GET requests; other pages pass through untouched.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter {

    /** Found when first needed: filters are made before the database, which the cache reads, is there. */
    private final ObjectProvider<PageCache> cache;

    PageCacheFilter(ObjectProvider<PageCache> cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Capturing capturing = new Capturing(request, response);
        chain.doFilter(request, capturing);
        if (capturing.captured != null) {
            capturing.getWriter().flush();
            cache.getObject().keep(request, capturing.getStatus(), capturing.captured.toString());
        }
    }

    /** Copies what is written to the reader when the page is one to keep, from the first call of the writer on. */
    private static final class Capturing extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private StringWriter captured;
        private PrintWriter writer;

        Capturing(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter original = super.getWriter();
                if (request.getAttribute(PageCache.TO_KEEP) == null) {
                    writer = original;
                } else {
                    captured = new StringWriter(64 * 1024);
                    writer = new PrintWriter(new Tee(original, captured));
                }
            }
            return writer;
        }
    }

    private static final class Tee extends Writer {

        private final Writer reader;
        private final Writer copy;

        Tee(Writer reader, Writer copy) {
            this.reader = reader;
            this.copy = copy;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            reader.write(buffer, offset, length);
            copy.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            reader.write(text, offset, length);
            copy.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            reader.flush();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
