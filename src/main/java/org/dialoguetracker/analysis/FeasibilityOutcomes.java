package org.dialoguetracker.analysis;

import java.util.Set;

import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.shared.DataVersions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue's own judgement against outcomes: the live recommendations by the feasibility the round gave them and
 * the status they are in now, and how long those that were adopted took, counted in PostgreSQL in one statement
 * ({@link FeasibilityCounting}) and kept until the data change. The recommendations are those of
 * {@code /recommendations} with the same filter (its {@code RecommendationCriteria}), so every count is the length of
 * the list its cell links to.
 */
@Service
@Transactional(readOnly = true)
public class FeasibilityOutcomes {

    /** The statuses counted as taken up: the share the table gives and the answer compares. */
    public static final Set<RecommendationStatus> TAKEN_UP = Set.of(RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IMPLEMENTED);

    private final DataVersions versions;

    private final FeasibilityCounting counting;

    FeasibilityOutcomes(DataVersions versions, FeasibilityCounting counting) {
        this.versions = versions;
        this.counting = counting;
    }

    /**
     * The table for the recommendations of this filter. The time to adoption of a recommendation runs from the first
     * day of its earliest meeting to the day of its first change to ADOPTED in the status history (the date in the
     * database's time zone); the median is PostgreSQL's {@code percentile_cont(0.5)} over the recommendations of the
     * row that have both.
     */
    public FeasibilityTable table(FeasibilityFilter filter) {
        // the pages counter moves with any change to any table shown, the status history's among them
        return counting.table(versions.of(DataVersions.Counter.PAGES), filter);
    }
}
