package org.dialoguetracker.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What the search box asks PostgreSQL's text search, in English and in Russian at once.
 *
 * <p>Whatever a reader types goes through {@code websearch_to_tsquery}, which never fails on quotes,
 * {@code & | ! :*} or unbalanced parentheses, as a bound parameter. A text matches when its English
 * vector matches the English query or its Russian vector the Russian one:
 * <pre>
 * (x.search_en @@ websearch_to_tsquery('english', :q) or x.search_ru @@ websearch_to_tsquery('russian', :q))
 * </pre>
 * Snippets come from {@code ts_headline} with {@link #HEADLINE_OPTIONS}, which marks the matches with two
 * control characters; {@link #segments} turns them into text the templates escape as any other.
 */
public final class TextSearch {

    /** Longer queries are cut here: nobody types more, and the query stays cheap. */
    public static final int MAX_LENGTH = 200;

    private static final char START = '\u0002';

    private static final char STOP = '\u0003';

    /** For {@code ts_headline(config, text, query, HEADLINE_OPTIONS)}. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private TextSearch() {
    }

    /** The query as typed, trimmed and cut to {@link #MAX_LENGTH}; null when there is nothing to search. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.replace("\u0000", "").replace(START, ' ').replace(STOP, ' ').strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }

    /** A headline cut into plain and matched pieces, in order; empty for a null headline. */
    public static List<Highlight> segments(String headline) {
        List<Highlight> segments = new ArrayList<>();
        if (headline == null) {
            return segments;
        }
        int from = 0;
        while (from < headline.length()) {
            int start = headline.indexOf(START, from);
            if (start < 0) {
                segments.add(new Highlight(headline.substring(from), false));
                break;
            }
            if (start > from) {
                segments.add(new Highlight(headline.substring(from, start), false));
            }
            int stop = headline.indexOf(STOP, start + 1);
            int end = stop < 0 ? headline.length() : stop;
            if (end > start + 1) {
                segments.add(new Highlight(headline.substring(start + 1, end), true));
            }
            from = stop < 0 ? headline.length() : stop + 1;
        }
        return segments;
    }

    /** A piece of a snippet; {@code match} pieces are shown marked. */
    public record Highlight(String text, boolean match) {
    }
}
