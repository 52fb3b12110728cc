package org.dialoguetracker.report;

import java.util.List;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.topic.TopicRef;

/**
 * Everything the conference report of one meeting prints, already cut to what may be published: statements
 * with the attribution the meeting's rule allows, participants' names only under the NAMED rule.
 *
 * @param language the language the report is written in ("en" or "ru")
 * @param names the names of those who attended, only when the meeting was on the record; else empty
 * @param keyPoints the statements grouped under the topic they were first tagged with, in taxonomy order
 */
record MeetingReport(
        String language,
        MeetingDetails meeting,
        List<Bilingual> institutions,
        List<Bilingual> names,
        long attendedCount,
        List<TopicSection> keyPoints,
        List<RecommendationDetails> recommendations) {

    /** The key points on one topic; {@code topic} is null for those tagged with none. */
    record TopicSection(TopicRef topic, List<StatementView> statements) {
    }
}
