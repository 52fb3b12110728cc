package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Counts by topic subtree, grouped in PostgreSQL, and the topics the dashboard charts. Only live (not archived)
 * recommendations count, and one tagged with several topics of a subtree counts once for it. The topic tree is walked
 * by a recursive query; {@code union} rather than {@code union all} ends the walk even if the tree had a cycle.
 */
interface RecommendationStatisticsRepository extends Repository<Recommendation, Long> {

    @Query(nativeQuery = true, value = """
            with recursive subtree (root_id, topic_id) as (
                select id, id from topic where id in (:rootIds)
              union
                select s.root_id, t.id from topic t join subtree s on t.parent_id = s.topic_id
            )
            select s.root_id as "topicId", r.status as "status", count(distinct r.id) as "count"
              from subtree s
              join recommendation_topic rt on rt.topic_id = s.topic_id
              join recommendation r on r.id = rt.recommendation_id and not r.archived
             group by s.root_id, r.status
            """)
    List<SubtreeCount> countByStatusInSubtrees(Collection<Long> rootIds);

    /** Every top-level topic, in the order of the tree. */
    @Query(nativeQuery = true, value = """
            select id as "id", slug as "slug", name_en as "nameEn", name_ru as "nameRu"
              from topic where parent_id is null order by position, id
            """)
    List<TopLevelTopic> findTopLevelTopics();

    interface SubtreeCount {
        Long getTopicId();

        String getStatus();

        long getCount();
    }

    interface TopLevelTopic {
        Long getId();

        String getSlug();

        String getNameEn();

        String getNameRu();
    }
}
