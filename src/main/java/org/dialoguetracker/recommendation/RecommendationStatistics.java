package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Bilingual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many live recommendations each status and each topic holds, as the dashboard's and the topic pages' charts show
 * them, a topic counting the recommendations tagged with it or with any topic below it, each of them once. The charts
 * take them from the facet counts of {@link RecommendationSearch}, which are counted once per data version and kept;
 * {@link #countByStatusInSubtrees} counts afresh in PostgreSQL.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationStatistics {

    private final RecommendationStatisticsRepository statistics;

    private final RecommendationSearch search;

    RecommendationStatistics(RecommendationStatisticsRepository statistics, RecommendationSearch search) {
        this.statistics = statistics;
        this.search = search;
    }

    /** How many live recommendations each status and each top-level topic holds, from one set of facet counts. */
    public LiveCounts countLive() {
        Facets all = search.facets(RecommendationQuery.all());
        return new LiveCounts(byStatus(all), byTopLevelTopic(all));
    }

    /**
     * The status counts of these facet counts (of a query without a status choice: the recommendations the query
     * gives, by status), every status present in the order of the lifecycle, zero where none.
     */
    public static Map<RecommendationStatus, Long> byStatus(Facets facets) {
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status, facets.status().getOrDefault(status, 0L));
        }
        return counts;
    }

    /**
     * For each of these topics, in the order given, how many live recommendations tagged with it or with a topic below
     * it each status holds, every status present (zero where none). A recommendation counts once for a topic however
     * many topics of its subtree it is tagged with.
     */
    public SubtreeCounts countByStatusInSubtrees(Collection<Long> topicIds) {
        Map<Long, Map<RecommendationStatus, Long>> counts = new LinkedHashMap<>();
        for (Long id : topicIds) {
            Map<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
            for (RecommendationStatus status : RecommendationStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(id, byStatus);
        }
        if (!topicIds.isEmpty()) {
            statistics.countByStatusInSubtrees(topicIds).forEach(count -> counts.get(count.getTopicId())
                    .put(RecommendationStatus.valueOf(count.getStatus()), count.getCount()));
        }
        return new SubtreeCounts(counts);
    }

    /**
     * Every top-level topic with the live recommendations of its subtree, the most recommended first, then in the
     * order of the topic tree.
     */
    public List<TopicCount> countByTopLevelTopic() {
        return byTopLevelTopic(search.facets(RecommendationQuery.all()));
    }

    private List<TopicCount> byTopLevelTopic(Facets all) {
        Map<Long, Long> bySubtree = all.topic();
        return statistics.findTopLevelTopics().stream()
                .map(row -> new TopicCount(row.getId(), row.getSlug(), new Bilingual(row.getNameEn(), row.getNameRu()),
                        bySubtree.getOrDefault(row.getId(), 0L)))
                .sorted(Comparator.comparingLong(TopicCount::count).reversed())
                .toList();
    }

    /** Topics' subtrees counted by status; a topic not asked about has none. */
    public record SubtreeCounts(Map<Long, Map<RecommendationStatus, Long>> counts) {

        /** Every status, in the order of the lifecycle, with its count for this topic. */
        public Map<RecommendationStatus, Long> byStatus(Long topicId) {
            return counts.getOrDefault(topicId, Map.of());
        }

        /** How many live recommendations this topic's subtree holds. */
        public long total(Long topicId) {
            return byStatus(topicId).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The live recommendations by status, every status present in the order of the lifecycle, and by top-level
     * topic, the most recommended first.
     */
    public record LiveCounts(Map<RecommendationStatus, Long> byStatus, List<TopicCount> byTopLevelTopic) {

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A topic and how many recommendations it holds. */
    public record TopicCount(Long id, String slug, Bilingual name, long count) {
    }
}
