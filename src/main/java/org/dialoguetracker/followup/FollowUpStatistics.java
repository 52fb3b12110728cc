package org.dialoguetracker.followup;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the follow-up actions of the live recommendations stand, as the dashboard's chart shows it. */
@Service
@Transactional(readOnly = true)
public class FollowUpStatistics {

    /** How far ahead an open action counts as due soon. */
    public static final int SOON_DAYS = 30;

    private final FollowUpStatisticsRepository statistics;

    FollowUpStatistics(FollowUpStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /**
     * On this day, the open actions overdue, due within {@value #SOON_DAYS} days (today included), due later or
     * undated; the done ones. The day is the caller's, who may keep the counts for it.
     */
    public FollowUpOutlook outlook(LocalDate today) {
        var counts = statistics.outlook(today, today.plusDays(SOON_DAYS));
        return new FollowUpOutlook(counts.getOverdue(), counts.getDueSoon(), counts.getDueLater(), counts.getUndated(),
                counts.getDone());
    }

    /** Counts of follow-up actions; the first four are the open ones (open or in progress), which they split. */
    public record FollowUpOutlook(long overdue, long dueSoon, long dueLater, long undated, long done) {

        public long open() {
            return overdue + dueSoon + dueLater + undated;
        }
    }
}
