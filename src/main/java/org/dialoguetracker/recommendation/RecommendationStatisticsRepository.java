package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The counts of the charts, grouped in PostgreSQL. Only live (not archived) recommendations count, and one tagged
 * with several topics of a subtree counts once for it. The topic tree is walked by a recursive query; {@code union}
 * rather than {@code union all} ends the walk even if the tree had a cycle.
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

    /** Every top-level topic, with or without recommendations, the most recommended first. */
    @Query(nativeQuery = true, value = """
            with recursive subtree (root_id, topic_id) as (
                select id, id from topic where parent_id is null
              union
                select s.root_id, t.id from topic t join subtree s on t.parent_id = s.topic_id
            ), counts (root_id, count) as (
                select s.root_id, count(distinct r.id)
                  from subtree s
                  join recommendation_topic rt on rt.topic_id = s.topic_id
                  join recommendation r on r.id = rt.recommendation_id and not r.archived
                 group by s.root_id
            )
            select root.id as "id", root.slug as "slug", root.name_en as "nameEn", root.name_ru as "nameRu",
                   coalesce(c.count, 0) as "count"
              from topic root
              left join counts c on c.root_id = root.id
             where root.parent_id is null
             order by coalesce(c.count, 0) desc, root.position, root.id
            """)
    List<TopLevelCount> countByTopLevelTopic();

    interface SubtreeCount {
        Long getTopicId();

        String getStatus();

        long getCount();
    }

    interface TopLevelCount {
        Long getId();

        String getSlug();

        String getNameEn();

        String getNameRu();

        long getCount();
    }
}
