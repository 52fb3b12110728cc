package org.dialoguetracker.recommendation;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialoguetracker.recommendation.RecommendationStatus.ADOPTED;
import static org.dialoguetracker.recommendation.RecommendationStatus.IMPLEMENTED;
import static org.dialoguetracker.recommendation.RecommendationStatus.IN_PROGRESS;
import static org.dialoguetracker.recommendation.RecommendationStatus.OVERTAKEN_BY_EVENTS;
import static org.dialoguetracker.recommendation.RecommendationStatus.PROPOSED;
import static org.dialoguetracker.recommendation.RecommendationStatus.REJECTED;
import static org.dialoguetracker.recommendation.RecommendationStatus.STALLED;
import static org.dialoguetracker.recommendation.RecommendationStatus.UNDER_CONSIDERATION;

/** The lifecycle of PRODUCT.md, move by move. */
class RecommendationLifecycleTest {

    @Test
    void open_statuses_move_one_step_forward_or_close() {
        assertThat(PROPOSED.allowedNext())
                .containsExactly(UNDER_CONSIDERATION, STALLED, REJECTED, OVERTAKEN_BY_EVENTS);
        assertThat(UNDER_CONSIDERATION.allowedNext()).containsExactly(ADOPTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS);
        assertThat(ADOPTED.allowedNext()).containsExactly(IN_PROGRESS, STALLED, REJECTED, OVERTAKEN_BY_EVENTS);
        assertThat(IN_PROGRESS.allowedNext()).containsExactly(IMPLEMENTED, STALLED, REJECTED, OVERTAKEN_BY_EVENTS);
    }

    @Test
    void rejected_and_overtaken_only_reopen_to_under_consideration() {
        for (RecommendationStatus closed : EnumSet.of(REJECTED, OVERTAKEN_BY_EVENTS)) {
            assertThat(closed.allowedNext()).as("from %s", closed).containsExactly(UNDER_CONSIDERATION);
            assertThat(closed.allowedNext(ADOPTED)).as("from %s", closed).containsExactly(UNDER_CONSIDERATION);
        }
        assertThat(REJECTED.canMoveTo(IN_PROGRESS)).isFalse();
    }

    /** Issue 17's defect: from STALLED the only next status was UNDER_CONSIDERATION, whatever it held before. */
    @Test
    void stalled_resumes_at_the_status_it_held_before_the_stall() {
        assertThat(STALLED.allowedNext(ADOPTED)).containsExactly(ADOPTED, REJECTED, OVERTAKEN_BY_EVENTS);
        assertThat(STALLED.allowedNext(IN_PROGRESS)).containsExactly(IN_PROGRESS, REJECTED, OVERTAKEN_BY_EVENTS);
        assertThat(STALLED.canMoveTo(ADOPTED, ADOPTED)).isTrue();
        assertThat(STALLED.canMoveTo(UNDER_CONSIDERATION, ADOPTED)).isFalse();
        assertThat(STALLED.canMoveTo(IMPLEMENTED, IN_PROGRESS)).isFalse();
        // not known (no timeline): under consideration, as before
        assertThat(STALLED.allowedNext()).containsExactly(UNDER_CONSIDERATION, REJECTED, OVERTAKEN_BY_EVENTS);
    }

    @Test
    void implemented_is_final_and_nothing_skips_a_step() {
        assertThat(IMPLEMENTED.allowedNext()).isEmpty();
        assertThat(PROPOSED.canMoveTo(ADOPTED)).isFalse();
        assertThat(UNDER_CONSIDERATION.canMoveTo(IMPLEMENTED)).isFalse();
        assertThat(ADOPTED.canMoveTo(ADOPTED)).isFalse();
        assertThat(PROPOSED.canMoveTo(null)).isFalse();
    }

    @Test
    void references_follow_the_dialogue_style() {
        assertThat(References.prefix(java.util.List.of("UKRU-2017-01", "UKRU-2018-03"))).isEqualTo("UKRU");
        assertThat(References.prefix(java.util.List.of("UKRU-2017-01", "RR-2018-03"))).isEqualTo("REC");
        assertThat(References.prefix(java.util.List.of())).isEqualTo("REC");
        assertThat(References.prefix(java.util.List.of("NODASH"))).isEqualTo("REC");
        assertThat(References.next("UKRU", 2017, java.util.List.of("UKRU-2017-01", "UKRU-2017-06", "UKRU-2017-X")))
                .isEqualTo("UKRU-2017-07");
        assertThat(References.next("REC", 2024, java.util.List.of())).isEqualTo("REC-2024-01");
        assertThat(References.next("REC", 2024, java.util.List.of("REC-2024-99"))).isEqualTo("REC-2024-100");
    }
}
