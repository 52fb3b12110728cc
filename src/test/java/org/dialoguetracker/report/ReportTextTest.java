package org.dialoguetracker.report;

import java.util.List;

import org.dialoguetracker.report.ReportText.BulletList;
import org.dialoguetracker.report.ReportText.Heading;
import org.dialoguetracker.report.ReportText.Paragraph;
import org.dialoguetracker.report.ReportText.Run;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Report text: blocks, fallback passages, and HTML that a {@code th:utext} may print as it is. */
class ReportTextTest {

    @Test
    void blocks_are_separated_by_blank_lines_and_recognised_by_their_first_characters() {
        List<ReportText.Block> blocks = ReportText.parse("""
                ## Risk reduction

                First line
                second line

                - one
                - two [ru]два[/ru]
                \s\s
                - a list item
                not a list after all""");
        assertThat(blocks).containsExactly(
                new Heading(List.of(new Run("Risk reduction", null))),
                new Paragraph(List.of(new Run("First line\nsecond line", null))),
                new BulletList(List.of(List.of(new Run("one", null)),
                        List.of(new Run("two ", null), new Run("два", "ru")))),
                new Paragraph(List.of(new Run("- a list item\nnot a list after all", null))));
    }

    @Test
    void nothing_and_blank_are_no_blocks_and_windows_line_ends_are_line_ends() {
        assertThat(ReportText.parse(null)).isEmpty();
        assertThat(ReportText.parse(" \n\n \t\n")).isEmpty();
        assertThat(ReportText.parse("a\r\n\r\nb")).hasSize(2);
    }

    @Test
    void unbalanced_and_nested_markers_are_text() {
        assertThat(ReportText.runs("an [en]open passage")).containsExactly(new Run("an [en]open passage", null));
        assertThat(ReportText.runs("a closing[/ru] alone")).containsExactly(new Run("a closing[/ru] alone", null));
        assertThat(ReportText.runs("[en]a [ru]b[/ru] c[/en]"))
                .containsExactly(new Run("[en]a ", null), new Run("b", "ru"), new Run(" c[/en]", null));
        assertThat(ReportText.runs("[en][/en]")).isEmpty();
        assertThat(ReportText.runs("[EN]upper[/EN]")).containsExactly(new Run("[EN]upper[/EN]", null));
        // a passage does not reach past its block
        assertThat(ReportText.html("[en]one\n\ntwo[/en]", "ru")).isEqualTo("<p>[en]one</p>\n<p>two[/en]</p>\n");
    }

    @Test
    void html_escapes_everything_that_is_not_markup() {
        String html = ReportText.html("""
                ## <script>alert(1)</script>

                "quoted" & 'single' <b>bold</b>

                - [ru]<img src=x onerror="alert(2)">[/ru]""", "en");
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img")
                .doesNotContain("\"alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;")
                .contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
        assertThat(html.replaceAll("<(/?)(h3|p|ul|li|em|span|br)( [^<>]*)?/?>", "")).doesNotContain("<")
                .doesNotContain(">");
    }

    @Test
    void a_fallback_passage_is_marked_as_pages_mark_a_fallback() {
        String html = ReportText.html("Британский участник: [en]not a concession[/en]", "ru");
        assertThat(html).isEqualTo("<p>Британский участник: <em class=\"fallback-passage\" lang=\"en\">not a concession</em>"
                + "<span class=\"badge rounded-pill text-bg-warning lang-fallback ms-1\" "
                + "title=\"Нет на этом языке: показано на EN\">EN</span></p>\n");
        assertThat(ReportText.html("[ru]текст[/ru]", "en"))
                .contains("title=\"Not available in this language: shown in RU\">RU</span>");
    }

    @Test
    void paragraphs_keep_their_line_breaks() {
        assertThat(ReportText.html("one\ntwo", "en")).isEqualTo("<p>one<br/>two</p>\n");
    }

    @Test
    void as_fallback_wraps_each_block_and_item_so_that_every_passage_stays_balanced() {
        String wrapped = ReportText.asFallback("## Title\n\nOne\ntwo\n\n- a\n- b", "en");
        assertThat(wrapped).isEqualTo("## [en]Title[/en]\n\n[en]One\ntwo[/en]\n\n- [en]a[/en]\n- [en]b[/en]");
        assertThat(ReportText.parse(wrapped)).allSatisfy(block -> assertThat(block.toString()).contains("fallbackLanguage=en]"));
        assertThat(ReportText.plain(wrapped)).isEqualTo("Title\n\nOne\ntwo\n\n- a\n- b");
    }

    @Test
    void an_institution_is_named_in_full_at_its_first_mention_only() {
        List<ReportDocument.InstitutionName> names = List.of(
                new ReportDocument.InstitutionName("Royal United Services Institute", "RUSI"),
                new ReportDocument.InstitutionName("Russian International Affairs Council", "RIAC"));
        String html = ReportText.html("RUSI and RIAC met. RUSIAN is no mention.\n\n- RUSI again, (RIAC) too", "en", names);
        assertThat(html).isEqualTo("<p>Royal United Services Institute (RUSI) and Russian International Affairs Council "
                + "(RIAC) met. RUSIAN is no mention.</p>\n<ul>\n<li>RUSI again, (RIAC) too</li>\n</ul>\n");
        assertThat(ReportText.html("The Royal United Services Institute (RUSI) hosted; RUSI wrote.", "en", names))
                .isEqualTo("<p>The Royal United Services Institute (RUSI) hosted; RUSI wrote.</p>\n");
    }
}
