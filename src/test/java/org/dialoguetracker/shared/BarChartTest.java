package org.dialoguetracker.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.shared.BarChart.Bar;
import org.dialoguetracker.shared.BarChart.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Bars are scaled in Java: the longest fills the width, zero draws nothing, a tiny value still shows. */
class BarChartTest {

    @Test
    void the_longest_bar_fills_the_width_and_the_others_are_in_proportion() {
        BarChart chart = BarChart.of(List.of(entry(40), entry(10), entry(0), entry(30)));
        assertThat(chart.bars()).extracting(Bar::length).containsExactly("100.00%", "25.00%", "0.00%", "75.00%");
        assertThat(chart.total()).isEqualTo(80);
        assertThat(chart.bars()).extracting(Bar::top).containsExactly(0, 38, 76, 114);
        assertThat(chart.height()).isEqualTo(4 * 38);
    }

    @Test
    void one_among_twenty_thousand_is_still_visible_and_lengths_are_written_the_same_in_every_locale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru"));
            BarChart chart = BarChart.of(List.of(entry(20_000), entry(1), entry(6_667)));
            assertThat(chart.bars()).extracting(Bar::length).containsExactly("100.00%", "0.60%", "33.34%");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void no_rows_and_only_zeros_give_an_empty_or_a_flat_chart() {
        assertThat(BarChart.of(List.of()).isEmpty()).isTrue();
        assertThat(BarChart.of(List.of()).height()).isZero();
        BarChart zeros = BarChart.of(List.of(entry(0), entry(0)));
        assertThat(zeros.bars()).extracting(Bar::length).containsOnly("0.00%");
        assertThat(zeros.total()).isZero();
    }

    @Test
    void a_bar_per_constant_labelled_and_coloured_by_its_name() {
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status, (long) status.ordinal());
        }
        BarChart chart = BarChart.ofCounts(counts, "recommendation.status.", "bar-", status -> "/r?status=" + status);
        assertThat(chart.bars()).hasSize(8);
        Entry last = chart.bars().get(7).entry();
        assertThat(last.labelKey()).isEqualTo("recommendation.status.OVERTAKEN_BY_EVENTS");
        assertThat(last.cssClass()).isEqualTo("bar-OVERTAKEN_BY_EVENTS");
        assertThat(last.href()).isEqualTo("/r?status=OVERTAKEN_BY_EVENTS");
        assertThat(chart.bars().get(7).length()).isEqualTo("100.00%");
    }

    @Test
    void a_negative_value_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BarChart.of(List.of(entry(-1))));
    }

    @Test
    void many_bars_stack_without_overlapping() {
        BarChart chart = BarChart.of(IntStream.range(0, 50).mapToObj(i -> entry(i)).toList());
        for (int i = 1; i < chart.bars().size(); i++) {
            Bar above = chart.bars().get(i - 1);
            assertThat(chart.bars().get(i).textY() - 12).isGreaterThan(above.barY() + above.barHeight());
        }
    }

    private static Entry entry(long value) {
        return Entry.keyed("key", value, null, "css");
    }
}
