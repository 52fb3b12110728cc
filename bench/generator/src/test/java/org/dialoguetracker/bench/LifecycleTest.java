package org.dialoguetracker.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.dialoguetracker.bench.Lifecycle.Change;
import org.dialoguetracker.bench.Lifecycle.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated status histories are ones the application could have recorded. */
class LifecycleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void every_history_starts_proposed_and_moves_only_as_the_lifecycle_allows_in_the_past() {
        Random random = new Random(7);
        Set<Status> reached = EnumSet.noneOf(Status.class);
        for (int i = 0; i < 20_000; i++) {
            Instant proposed = NOW.minus(random.nextInt(12 * 365), ChronoUnit.DAYS);
            List<Change> history = Lifecycle.history(random, proposed, NOW);
            assertThat(history.get(0)).isEqualTo(new Change(null, Status.PROPOSED, proposed));
            for (int step = 1; step < history.size(); step++) {
                Change before = history.get(step - 1);
                Change change = history.get(step);
                assertThat(change.from()).isEqualTo(before.to());
                assertThat(change.from().allowedNext()).as("%s → %s", change.from(), change.to())
                        .contains(change.to());
                assertThat(change.at()).isAfter(before.at()).isBefore(NOW);
            }
            reached.add(history.get(history.size() - 1).to());
        }
        assertThat(reached).as("final statuses over many recommendations").isEqualTo(EnumSet.allOf(Status.class));
    }

    @Test
    void the_lifecycle_is_the_applications() {
        assertThat(Status.PROPOSED.allowedNext())
                .containsExactlyInAnyOrder(Status.UNDER_CONSIDERATION, Status.STALLED, Status.REJECTED,
                        Status.OVERTAKEN_BY_EVENTS);
        assertThat(Status.IN_PROGRESS.allowedNext()).contains(Status.IMPLEMENTED).doesNotContain(Status.ADOPTED);
        assertThat(Status.STALLED.allowedNext()).containsExactly(Status.UNDER_CONSIDERATION);
        assertThat(Status.IMPLEMENTED.allowedNext()).isEmpty();
    }
}
