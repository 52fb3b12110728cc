package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.system.Bilingual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many live recommendations each status and each topic holds, as the dashboard's and the topic pages' charts show
 * them: counted by PostgreSQL in one statement each, a topic counting the recommendations tagged with it or with any
 * topic below it, each of them once.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationStatistics {

    private final RecommendationStatisticsRepository statistics;

    RecommendationStatistics(RecommendationStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    /**
     * How many live recommendations tagged with at least one of these topics each status holds, every status present
     * (zero where none). Pass a topic's subtree to count the recommendations of the topic and its subtopics.
     */
    public Map<RecommendationStatus, Long> countByStatusInTopics(Collection<Long> topicIds) {
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status, 0L);
        }
        if (!topicIds.isEmpty()) {
            statistics.countByStatusInTopics(topicIds)
                    .forEach(count -> counts.put(RecommendationStatus.valueOf(count.getStatus()), count.getCount()));
        }
        return counts;
    }

    /**
     * For each of these topics, how many live recommendations are tagged with it or with a topic below it, every topic
     * present (zero where none), in the order given.
     */
    public Map<Long, Long> countBySubtree(Collection<Long> topicIds) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        topicIds.forEach(id -> counts.put(id, 0L));
        if (!topicIds.isEmpty()) {
            statistics.countBySubtree(topicIds).forEach(count -> counts.put(count.getTopicId(), count.getCount()));
        }
        return counts;
    }

    /** Every top-level topic with the live recommendations of its subtree, the most recommended first. */
    public List<TopicCount> countByTopLevelTopic() {
        return statistics.countByTopLevelTopic().stream()
                .map(row -> new TopicCount(row.getId(), row.getSlug(), new Bilingual(row.getNameEn(), row.getNameRu()),
                        row.getCount()))
                .toList();
    }

    /** A topic and how many recommendations it holds. */
    public record TopicCount(Long id, String slug, Bilingual name, long count) {
    }
}
