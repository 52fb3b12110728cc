package org.dialoguetracker.report;

import java.util.List;

/**
 * Report text: the format of a report section's body, what organisers edit in a textarea.
 * <ul>
 * <li>Blocks are separated by blank lines.</li>
 * <li>A block whose first line starts with {@code "## "} is a subheading.</li>
 * <li>A block whose lines all start with {@code "- "} is a bulleted list, one item per line.</li>
 * <li>Any other block is a paragraph (its line breaks are kept).</li>
 * <li>Inline, {@code [en]…[/en]} or {@code [ru]…[/ru]} marks a passage in that language standing in for a missing
 * translation (a fallback).</li>
 * </ul>
 * Nothing else is markup: everything else is text, and escaped when printed. Unbalanced or nested markers are
 * shown literally, never an exception.
 */
public final class ReportText {

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

    public record Paragraph(List<Run> runs) implements Block {
    }

    public record BulletList(List<List<Run>> items) implements Block {
    }

    public static List<Block> parse(String body) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Safe HTML of the text for a reader of {@code readerLanguage}, fallback passages marked as pages mark them. */
    public static String html(String body, String readerLanguage) {
        return html(body, readerLanguage, List.of());
    }

    /** The same, naming each institution in full at its first mention in this text. */
    public static String html(String body, String readerLanguage, List<ReportDocument.InstitutionName> institutions) {
        throw new UnsupportedOperationException("not yet");
    }
}
