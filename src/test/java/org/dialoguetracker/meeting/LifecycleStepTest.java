package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dialoguetracker.meeting.MeetingStatus.HELD;
import static org.dialoguetracker.meeting.MeetingStatus.PLANNED;
import static org.dialoguetracker.meeting.MeetingStatus.REPORT_DRAFTED;
import static org.dialoguetracker.meeting.MeetingStatus.REPORT_PUBLISHED;

/** The whole table of the meeting's lifecycle: every step from every status, allowed or not, and where it leads. */
class LifecycleStepTest {

    /** Step → (status → where it leads); a status missing from a step's row refuses that step. */
    static final Map<LifecycleStep, Map<MeetingStatus, MeetingStatus>> TABLE = Map.of(
            LifecycleStep.MARK_HELD, Map.of(PLANNED, HELD),
            LifecycleStep.REPORT_DRAFTED, Map.of(HELD, REPORT_DRAFTED, REPORT_DRAFTED, REPORT_DRAFTED,
                    REPORT_PUBLISHED, REPORT_PUBLISHED),
            LifecycleStep.REPORT_PUBLISHED, Map.of(REPORT_DRAFTED, REPORT_PUBLISHED, REPORT_PUBLISHED,
                    REPORT_PUBLISHED));

    @ParameterizedTest
    @EnumSource(LifecycleStep.class)
    void each_step_is_allowed_exactly_from_the_statuses_of_the_table(LifecycleStep step) {
        assertThat(TABLE).containsKey(step);
        for (MeetingStatus from : MeetingStatus.values()) {
            assertThat(step.from(from)).as(step + " from " + from)
                    .isEqualTo(Optional.ofNullable(TABLE.get(step).get(from)));
        }
    }

    @ParameterizedTest
    @EnumSource(MeetingStatus.class)
    void no_step_ever_moves_a_meeting_back(MeetingStatus from) {
        for (LifecycleStep step : LifecycleStep.values()) {
            step.from(from).ifPresent(to -> assertThat(to.ordinal()).as(step + " from " + from)
                    .isGreaterThanOrEqualTo(from.ordinal()));
        }
    }

    @ParameterizedTest
    @EnumSource(MeetingStatus.class)
    void a_meeting_entity_takes_the_steps_of_the_table_and_refuses_the_others(MeetingStatus from) {
        for (LifecycleStep step : LifecycleStep.values()) {
            Meeting meeting = meetingIn(from);
            MeetingStatus expected = TABLE.get(step).get(from);
            if (expected == null) {
                assertThatThrownBy(() -> meeting.take(step))
                        .isInstanceOf(MeetingStatusRefused.class)
                        .satisfies(e -> assertThat(((MeetingStatusRefused) e).status()).isEqualTo(from));
                assertThat(meeting.getStatus()).as("unchanged after refusing " + step).isEqualTo(from);
            }
            else {
                assertThat(meeting.take(step)).as("changed by " + step).isEqualTo(expected != from);
                assertThat(meeting.getStatus()).isEqualTo(expected);
            }
        }
    }

    /** A meeting brought to {@code status} by the steps themselves, as the app would. */
    private static Meeting meetingIn(MeetingStatus status) {
        Meeting meeting = new Meeting(new Dialogue(new Bilingual("D", null), TrackLevel.TRACK_2),
                new Bilingual("M", null), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), AttributionRule.SIDE);
        LifecycleStep[] path = { LifecycleStep.MARK_HELD, LifecycleStep.REPORT_DRAFTED, LifecycleStep.REPORT_PUBLISHED };
        for (int i = 0; i < status.ordinal(); i++) {
            meeting.take(path[i]);
        }
        assertThat(meeting.getStatus()).isEqualTo(status);
        return meeting;
    }
}
