package org.dialoguetracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a page's SVG charts back as a reader sees them: each bar's label, visible value and link. */
final class ChartHtml {

    private static final Pattern ROW = Pattern.compile("""
            (?:<a href="([^"]*)" class="chart-row">|<g class="chart-row">)\\s*<g>\\s*<title>[^<]*</title>\\s*\
            <svg class="chart-label-box"[^>]*><text\\s+class="chart-label"[^>]*>(.*?)</text></svg>\\s*\
            <text class="chart-value"[^>]*>([^<]*)</text>""",
            Pattern.DOTALL);

    private ChartHtml() {
    }

    /** The figure of the chart whose title has the id {@code chartId-title}: its SVG and caption. */
    static String svg(String html, String chartId) {
        int title = html.indexOf("aria-labelledby=\"" + chartId + "-title\"");
        assertThat(title).as("chart %s on the page", chartId).isNotNegative();
        int start = html.lastIndexOf("<svg", title);
        return html.substring(start, html.indexOf("</figure>", title));
    }

    /** The bars of that chart, in order. */
    static List<Bar> bars(String html, String chartId) {
        List<Bar> bars = new ArrayList<>();
        Matcher row = ROW.matcher(svg(html, chartId));
        while (row.find()) {
            String href = row.group(1) == null ? null : row.group(1).replace("&amp;", "&");
            String label = row.group(2).replaceAll("<[^>]+>", "").strip();
            bars.add(new Bar(label, Long.parseLong(row.group(3).replaceAll("\\D", "")), href));
        }
        return bars;
    }

    static Bar bar(String html, String chartId, String href) {
        return bars(html, chartId).stream().filter(bar -> href.equals(bar.href())).findFirst()
                .orElseThrow(() -> new AssertionError("no bar leading to " + href + " in " + chartId));
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A bar as the reader sees it: label, the number written next to it, where it leads (null for nowhere). */
    record Bar(String label, long value, String href) {
    }
}
