package org.dialoguetracker.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dialoguetracker.report.TextDiff.Op;
import org.dialoguetracker.report.TextDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Word differences: right on small texts, bounded on huge ones, and safe as HTML. */
class TextDiffTest {

    @Test
    void a_changed_word_is_deleted_and_inserted_the_rest_equal() {
        assertThat(TextDiff.words("The OSCE is a forum.", "The OSCE is the forum."))
                .containsExactly(new Segment(Op.EQUAL, "The OSCE is "), new Segment(Op.DELETED, "a"),
                        new Segment(Op.INSERTED, "the"), new Segment(Op.EQUAL, " forum."));
    }

    @Test
    void insertions_deletions_and_empty_texts() {
        assertThat(TextDiff.words("", "")).isEmpty();
        assertThat(TextDiff.words(null, "new text")).containsExactly(new Segment(Op.INSERTED, "new text"));
        assertThat(TextDiff.words("old text", "")).containsExactly(new Segment(Op.DELETED, "old text"));
        assertThat(TextDiff.words("one three", "one two three"))
                .containsExactly(new Segment(Op.EQUAL, "one "), new Segment(Op.INSERTED, "two "),
                        new Segment(Op.EQUAL, "three"));
        assertThat(TextDiff.same(TextDiff.words("same", "same"))).isTrue();
        assertThat(TextDiff.same(TextDiff.words("same", "not same"))).isFalse();
    }

    @Test
    void the_segments_give_both_texts_back() {
        String before = "Risk reduction\n\n- A UK participant: talks\n- The Russian side: values and interests";
        String after = "Risk reduction and confidence\n\n- The Russian side: interests, not values\n- New point";
        List<Segment> diff = TextDiff.words(before, after);
        assertThat(text(diff, Op.DELETED)).isEqualTo(before);
        assertThat(text(diff, Op.INSERTED)).isEqualTo(after);
    }

    @Test
    void html_marks_changes_and_escapes_text() {
        String html = TextDiff.html(TextDiff.words("<b>a</b> \"x\"", "<script>alert(1)</script> \"x\""));
        assertThat(html).isEqualTo("<del>&lt;b&gt;a&lt;/b&gt;</del><ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>"
                + " &quot;x&quot;");
    }

    @Test
    void a_hundred_thousand_words_changed_everywhere_stay_bounded() {
        // every other word differs: word by word that would be 10^5 edits over 4 * 10^5 tokens
        String before = lines(100_000, i -> "w" + i);
        String after = lines(100_000, i -> (i % 2 == 0 ? "w" : "v") + i);
        List<Segment> diff = TextDiff.words(before, after);
        assertThat(text(diff, Op.DELETED)).isEqualTo(before);
        assertThat(text(diff, Op.INSERTED)).isEqualTo(after);
        assertThat(diff).extracting(Segment::op).containsExactly(Op.EQUAL, Op.DELETED, Op.INSERTED, Op.EQUAL);
    }

    @Test
    void a_hundred_thousand_words_with_scattered_changes_are_compared_by_line_then_by_word() {
        String before = lines(100_000, i -> "w" + i);
        String after = lines(100_000, i -> (i % 2_000 == 7 ? "changed" : "w") + i);
        List<Segment> diff = TextDiff.words(before, after);
        assertThat(text(diff, Op.DELETED)).isEqualTo(before);
        assertThat(text(diff, Op.INSERTED)).isEqualTo(after);
        assertThat(diff.stream().filter(s -> s.op() == Op.DELETED).map(Segment::text))
                .hasSize(50).allMatch(word -> word.matches("w\\d+"));
        assertThat(diff.stream().filter(s -> s.op() == Op.INSERTED).map(Segment::text))
                .hasSize(50).allMatch(word -> word.matches("changed\\d+"));
    }

    @Test
    void one_long_line_too_long_for_words_is_one_deletion_and_one_insertion() {
        String before = IntStream.range(0, 20_000).mapToObj(i -> "a" + i).collect(Collectors.joining(" "));
        String after = IntStream.range(0, 20_000).mapToObj(i -> "b" + i).collect(Collectors.joining(" "));
        List<Segment> diff = TextDiff.words("same start " + before + " same end", "same start " + after + " same end");
        assertThat(diff).extracting(Segment::op).containsExactly(Op.EQUAL, Op.DELETED, Op.INSERTED, Op.EQUAL);
        assertThat(diff.get(0).text()).isEqualTo("same start ");
        assertThat(diff.get(3).text()).isEqualTo(" same end");
    }

    @Test
    void a_small_change_in_a_huge_text_is_found_word_by_word() {
        String body = IntStream.range(0, 100_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        List<Segment> diff = TextDiff.words(body, body.replace(" w50000 ", " changed "));
        assertThat(diff).containsExactly(new Segment(Op.EQUAL, body.substring(0, body.indexOf(" w50000 ") + 1)),
                new Segment(Op.DELETED, "w50000"), new Segment(Op.INSERTED, "changed"),
                new Segment(Op.EQUAL, body.substring(body.indexOf(" w50000 ") + 7)));
    }

    /** Words joined by spaces, twenty to a line. */
    private static String lines(int words, java.util.function.IntFunction<String> word) {
        return IntStream.range(0, words).mapToObj(i -> word.apply(i) + (i % 20 == 19 ? "\n" : ""))
                .collect(Collectors.joining(" "));
    }

    /** The text of the EQUAL segments with those of one other kind. */
    private static String text(List<Segment> diff, Op with) {
        return diff.stream().filter(s -> s.op() == Op.EQUAL || s.op() == with).map(Segment::text)
                .collect(Collectors.joining());
    }
}
