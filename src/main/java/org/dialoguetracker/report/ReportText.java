package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Report text: the format of a report section's body, what organisers edit in a textarea.
 * <ul>
 * <li>Blocks are separated by blank lines.</li>
 * <li>A block whose first line starts with {@code "## "} is a subheading.</li>
 * <li>A block whose lines all start with {@code "- "} is a bulleted list, one item per line.</li>
 * <li>Any other block is a paragraph; its line breaks are kept.</li>
 * <li>Inline, {@code [en]…[/en]} or {@code [ru]…[/ru]} marks a passage in that language standing in for a missing
 * translation (a fallback). A passage does not reach past its paragraph, heading or list item.</li>
 * </ul>
 * Nothing else is markup: everything else is text, and escaped when printed. A marker without its partner, or one
 * inside another passage, is shown literally, never an exception.
 */
public final class ReportText {

    private static final String[] LANGUAGES = { "en", "ru" };

    private ReportText() {
    }

    /** A run of text inline; {@code fallbackLanguage} is "en" or "ru" for a passage standing in, else null. */
    public record Run(String text, String fallbackLanguage) {

        public boolean fallsBack() {
            return fallbackLanguage != null;
        }
    }

    /** A block of report text. */
    public sealed interface Block permits Heading, Paragraph, BulletList {
    }

    public record Heading(List<Run> runs) implements Block {
    }

    /** A paragraph; its runs may hold line breaks ({@code \n}), which print as such. */
    public record Paragraph(List<Run> runs) implements Block {
    }

    public record BulletList(List<List<Run>> items) implements Block {
    }

    /** The blocks of a body; null or blank is none. */
    public static List<Block> parse(String body) {
        List<Block> blocks = new ArrayList<>();
        if (body == null) {
            return blocks;
        }
        List<String> lines = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                addBlock(blocks, lines);
                lines.clear();
            }
            else {
                lines.add(line.stripTrailing());
            }
        }
        addBlock(blocks, lines);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.get(0).startsWith("## ")) {
            List<String> text = new ArrayList<>(lines);
            text.set(0, text.get(0).substring(3));
            blocks.add(new Heading(runs(String.join(" ", text).strip())));
        }
        else if (lines.stream().allMatch(line -> line.startsWith("- "))) {
            blocks.add(new BulletList(lines.stream().map(line -> runs(line.substring(2).strip())).toList()));
        }
        else {
            blocks.add(new Paragraph(runs(String.join("\n", lines))));
        }
    }

    /** The inline runs of one paragraph, heading or item: balanced markers become fallback passages. */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = -1;
            String language = null;
            for (String candidate : LANGUAGES) {
                int found = text.indexOf("[" + candidate + "]", at);
                if (found >= 0 && (open < 0 || found < open)) {
                    open = found;
                    language = candidate;
                }
            }
            if (open < 0) {
                break;
            }
            int start = open + 4;
            int close = text.indexOf("[/" + language + "]", start);
            if (close < 0 || containsMarker(text, start, close)) {
                // No partner, or a passage inside a passage: this opening marker is plain text.
                plain.append(text, at, start);
                at = start;
                continue;
            }
            plain.append(text, at, open);
            if (!plain.isEmpty()) {
                runs.add(new Run(plain.toString(), null));
                plain.setLength(0);
            }
            if (close > start) {
                runs.add(new Run(text.substring(start, close), language));
            }
            at = close + 5;
        }
        plain.append(text, at, text.length());
        if (!plain.isEmpty()) {
            runs.add(new Run(plain.toString(), null));
        }
        return runs;
    }

    private static boolean containsMarker(String text, int from, int to) {
        String inside = text.substring(from, to);
        for (String language : LANGUAGES) {
            if (inside.contains("[" + language + "]") || inside.contains("[/" + language + "]")) {
                return true;
            }
        }
        return false;
    }

    /** The text without markers, as a reader sees it (for lengths, titles and searches). */
    public static String plain(String body) {
        StringBuilder out = new StringBuilder();
        for (Block block : parse(body)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (block instanceof Heading heading) {
                out.append(join(heading.runs()));
            }
            else if (block instanceof Paragraph paragraph) {
                out.append(join(paragraph.runs()));
            }
            else if (block instanceof BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    out.append(i == 0 ? "" : "\n").append("- ").append(join(list.items().get(i)));
                }
            }
        }
        return out.toString();
    }

    private static String join(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.text()));
        return out.toString();
    }

    /**
     * Wraps a text of the other language as a fallback passage in report text, block by block and item by item,
     * so that every passage stays balanced within its block.
     */
    public static String asFallback(String text, String language) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String open = "[" + language + "]";
        String close = "[/" + language + "]";
        StringBuilder out = new StringBuilder();
        for (Block block : parse(text)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (block instanceof Heading heading) {
                out.append("## ").append(open).append(join(heading.runs())).append(close);
            }
            else if (block instanceof Paragraph paragraph) {
                out.append(open).append(join(paragraph.runs())).append(close);
            }
            else if (block instanceof BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    out.append(i == 0 ? "" : "\n").append("- ").append(open)
                            .append(join(list.items().get(i))).append(close);
                }
            }
        }
        return out.toString();
    }

    /** Safe HTML of the text for a reader of {@code readerLanguage}, fallback passages marked as pages mark them. */
    public static String html(String body, String readerLanguage) {
        return html(body, readerLanguage, List.of());
    }

    /** The same, naming each institution in full at its first mention in this text. */
    public static String html(String body, String readerLanguage, List<ReportDocument.InstitutionName> institutions) {
        return html(body, readerLanguage, new FirstMentions(institutions));
    }

    /** The same, with first mentions counted across several texts (a whole document, in print order). */
    static String html(String body, String readerLanguage, FirstMentions mentions) {
        Locale locale = Locale.forLanguageTag("ru".equals(readerLanguage) ? "ru" : "en");
        StringBuilder html = new StringBuilder();
        for (Block block : parse(body)) {
            if (block instanceof Heading heading) {
                html.append("<h3 class=\"report-subheading\">").append(runs(heading.runs(), locale, mentions))
                        .append("</h3>\n");
            }
            else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(runs(paragraph.runs(), locale, mentions)).append("</p>\n");
            }
            else if (block instanceof BulletList list) {
                html.append("<ul>\n");
                list.items().forEach(item -> html.append("<li>").append(runs(item, locale, mentions))
                        .append("</li>\n"));
                html.append("</ul>\n");
            }
        }
        return html.toString();
    }

    private static String runs(List<Run> runs, Locale locale, FirstMentions mentions) {
        StringBuilder html = new StringBuilder();
        for (Run run : runs) {
            String text = escape(mentions.apply(run.text())).replace("\n", "<br/>");
            if (run.fallsBack()) {
                html.append("<em class=\"fallback-passage\" lang=\"").append(run.fallbackLanguage()).append("\">")
                        .append(text).append("</em>").append(badge(run.fallbackLanguage(), locale));
            }
            else {
                html.append(text);
            }
        }
        return html.toString();
    }

    /** The marker pages put after a text shown in the other language: {@code fragments/ui.html :: bi}. */
    static String badge(String shownLanguage, Locale locale) {
        String code = shownLanguage.toUpperCase(Locale.ROOT);
        return "<span class=\"badge rounded-pill text-bg-warning lang-fallback ms-1\" title=\""
                + escape(FallbackLabel.of(shownLanguage, locale)) + "\">" + code + "</span>";
    }

    /** Escapes text for HTML and XHTML, in element content and in quoted attributes alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Characters XML 1.0 refuses (the PDF renderer reads XHTML) are left out.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
