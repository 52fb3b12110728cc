package org.dialoguetracker.analysis;

import java.util.Set;

import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What {@code /analysis/feasibility} narrows the recommendations to: a dialogue, a topic with its subtopics, the years
 * in which one of their meetings began. Each is also a filter of {@code /recommendations}, which every cell links to.
 *
 * @param dialogue a dialogue's id, or null for all
 * @param topic a topic's slug, or null for all
 */
public record FeasibilityFilter(Long dialogue, String topic, Period period) {

    public FeasibilityFilter {
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        period = period == null ? Period.ALWAYS : period;
    }

    /** The same recommendations as {@code /recommendations} would list them. */
    public RecommendationQuery query() {
        return query(null, null);
    }

    private RecommendationQuery query(Feasibility feasibility, Set<RecommendationStatus> statuses) {
        return new RecommendationQuery(topic == null ? null : Set.of(topic), statuses,
                feasibility == null ? null : Set.of(feasibility), null, null, null, period.years(),
                dialogue == null ? null : Set.of(dialogue), null, null);
    }

    /** The list on {@code /recommendations} of this feasibility (null: any) in these statuses (empty: any). */
    public String list(Feasibility feasibility, Set<RecommendationStatus> statuses) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/recommendations");
        if (topic != null) {
            uri.queryParam("topic", topic);
        }
        statuses.stream().sorted().forEach(status -> uri.queryParam("status", status.name()));
        if (feasibility != null) {
            uri.queryParam("feasibility", feasibility.name());
        }
        period.years().forEach(year -> uri.queryParam("year", year));
        if (dialogue != null) {
            uri.queryParam("dialogue", dialogue);
        }
        return uri.encode().build().toUriString();
    }
}
