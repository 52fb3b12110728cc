package org.dialoguetracker.meeting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;


/**
 * The actions that move a meeting along PLANNED → HELD → REPORT_DRAFTED → REPORT_PUBLISHED, and the one table of
 * which status each may start from and where it leads. No status is chosen freely and none goes back: a draft started
 * again, or a correction published after the first edition, leaves a published meeting published.
 */
public enum LifecycleStep {

    /** An organiser marks the meeting as held (on or after its start date, which the caller checks). */
    MARK_HELD(Map.of(MeetingStatus.PLANNED, MeetingStatus.HELD)),

    /** The report module started (or started again) the draft of the meeting's report. */
    REPORT_DRAFTED(Map.of(MeetingStatus.HELD, MeetingStatus.REPORT_DRAFTED,
            MeetingStatus.REPORT_DRAFTED, MeetingStatus.REPORT_DRAFTED,
            MeetingStatus.REPORT_PUBLISHED, MeetingStatus.REPORT_PUBLISHED)),

    /** The report module published an edition of the meeting's report (the first, or a correction). */
    REPORT_PUBLISHED(Map.of(MeetingStatus.REPORT_DRAFTED, MeetingStatus.REPORT_PUBLISHED,
            MeetingStatus.REPORT_PUBLISHED, MeetingStatus.REPORT_PUBLISHED));

    private final Map<MeetingStatus, MeetingStatus> next;

    LifecycleStep(Map<MeetingStatus, MeetingStatus> next) {
        this.next = new EnumMap<>(next);
    }

    /** Where this step leads from {@code current}; empty when the step is not allowed from there. */
    public Optional<MeetingStatus> from(MeetingStatus current) {
        return Optional.ofNullable(next.get(current));
    }
}
