package org.dialoguetracker.briefing;

import java.time.LocalDate;

import org.dialoguetracker.analysis.AnalysisFixtures;

/**
 * Three rounds of one dialogue for the briefing's tests, before a fourth (the round being prepared): statements on
 * a topic in the first two, recommendations with status changes and follow-up actions before and after the previous
 * round began. What each test expects is named here.
 */
final class BriefingTestData {

    final AnalysisFixtures fixtures;

    final long topic;

    final long subtopic;

    final long first;

    final long previous;

    final long next;

    /** A recommendation of the first round, adopted before the previous round and in progress since. */
    final long inProgress;

    final long implemented;

    final long rejected;

    final long stalled;

    /** A recommendation of the round being prepared: not of an earlier round. */
    final long ofTheNextRound;

    /** The previous round's statement under the no-attribution rule: never in a researcher's column. */
    final String withheld;

    /** The previous round's statement with its side for researchers. */
    final String russianSide;

    /** A statement of the first round: an older round than the latest on the topic. */
    final String older;

    BriefingTestData(AnalysisFixtures fixtures) {
        this.fixtures = fixtures;
        topic = fixtures.topic("main", null);
        subtopic = fixtures.topic("sub", topic);
        first = fixtures.meeting("NAMED", LocalDate.of(2010, 3, 1));
        previous = fixtures.meeting("SIDE", LocalDate.of(2012, 3, 1));
        next = fixtures.meeting("SIDE", LocalDate.of(2014, 3, 1));
        older = fixtures.statement(first, "POSITION", "UK", "NAMED", false, topic);
        withheld = fixtures.statement(previous, "POSITION", "UK", "NONE", false, subtopic);
        russianSide = fixtures.statement(previous, "PROPOSAL", "RUSSIA", "SIDE", true, topic);

        inProgress = fixtures.recommendation(first, "REALISTIC", "IN_PROGRESS", "CONSENSUS", topic);
        fixtures.statusChange(inProgress, "UNDER_CONSIDERATION", "ADOPTED", LocalDate.of(2011, 5, 1));
        // backdated into the period: effective between the rounds, recorded later
        fixtures.jdbc.update("""
                insert into recommendation_status_change
                       (recommendation_id, from_status, to_status, changed_at, effective_on, note, note_ru)
                values (?, 'ADOPTED', 'IN_PROGRESS', timestamptz '2014-01-20 10:00Z', date '2013-01-10',
                        'Work began in both ministries.', 'Работа началась в обоих министерствах.')""", inProgress);
        implemented = fixtures.recommendation(previous, "POSSIBLE", "IMPLEMENTED", "MAJORITY", topic);
        rejected = fixtures.recommendation(previous, "POSSIBLE", "REJECTED", "MAJORITY", topic);
        stalled = fixtures.recommendation(previous, "UNLIKELY", "STALLED", "UK_SIDE", topic);
        ofTheNextRound = fixtures.recommendation(next, "REALISTIC", "PROPOSED", "CONSENSUS", topic);

        followUp(inProgress, "Done before the previous round", "DONE", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 2, 1));
        followUp(inProgress, "Done between the rounds", "DONE", LocalDate.of(2013, 1, 1), LocalDate.of(2013, 2, 1));
        followUp(stalled, "Overdue since the previous round", "OPEN", LocalDate.of(2012, 6, 1), null);
    }

    private void followUp(long recommendation, String description, String status, LocalDate due, LocalDate done) {
        fixtures.jdbc.update("""
                insert into follow_up_action (recommendation_id, description_en, due_date, status, completed_on,
                                              completion_note)
                values (?, ?, ?, ?, ?, ?)""", recommendation, description + " " + fixtures.tag, due, status, done,
                done == null ? null : "Completed.");
    }
}
