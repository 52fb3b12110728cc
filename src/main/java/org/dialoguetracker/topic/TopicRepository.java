package org.dialoguetracker.topic;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, Long> {

    @Query("select t from Topic t left join fetch t.parent order by t.position, t.nameEn, t.id")
    List<Topic> findAllOrdered();

    @Query("select t from Topic t left join fetch t.parent where t.slug = ?1")
    Optional<Topic> findBySlug(String slug);

    /**
     * The topic to merge away, locked until the merge commits: a statement or recommendation saved meanwhile with
     * this topic waits for the merge, instead of linking to a topic about to disappear.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Topic t where t.slug = ?1")
    Optional<Topic> findBySlugForMerge(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    /** Where a new child of this parent goes: after the last one. */
    @Query("select coalesce(max(t.position) + 1, 0) from Topic t where t.parent.id = ?1")
    int nextPosition(Long parentId);

    @Query("select coalesce(max(t.position) + 1, 0) from Topic t where t.parent is null")
    int nextRootPosition();

    /** What a merge would move: links from statements, recommendations and agenda items, and child topics. */
    @Query(nativeQuery = true, value = """
            select (select count(*) from statement_topic where topic_id = ?1) as "statements",
                   (select count(*) from recommendation_topic where topic_id = ?1) as "recommendations",
                   (select count(*) from agenda_item_topic where topic_id = ?1) as "agendaItems",
                   (select count(*) from topic where parent_id = ?1) as "children"
            """)
    LinkCounts countLinks(Long topicId);

    // A merge, statement by statement: each link to the source moves to the target unless the record already has
    // the target, in which case it is simply dropped.

    @Modifying
    @Query(nativeQuery = true, value = """
            with moved as (delete from statement_topic where topic_id = ?1 returning statement_id)
            insert into statement_topic (statement_id, topic_id) select statement_id, ?2 from moved
            on conflict do nothing
            """)
    int relinkStatements(Long sourceId, Long targetId);

    @Modifying
    @Query(nativeQuery = true, value = """
            with moved as (delete from recommendation_topic where topic_id = ?1 returning recommendation_id)
            insert into recommendation_topic (recommendation_id, topic_id) select recommendation_id, ?2 from moved
            on conflict do nothing
            """)
    int relinkRecommendations(Long sourceId, Long targetId);

    @Modifying
    @Query(nativeQuery = true, value = """
            with moved as (delete from agenda_item_topic where topic_id = ?1 returning agenda_item_id)
            insert into agenda_item_topic (agenda_item_id, topic_id) select agenda_item_id, ?2 from moved
            on conflict do nothing
            """)
    int relinkAgendaItems(Long sourceId, Long targetId);

    /** The source's children move under the target, after the target's own children, in their order. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update topic set parent_id = ?2, position = position + ?3, version = version + 1 where parent_id = ?1
            """)
    int adoptChildren(Long sourceId, Long targetId, int positionOffset);

    @Modifying(clearAutomatically = true)
    @Query(nativeQuery = true, value = "delete from topic where id = ?1")
    int deleteMerged(Long sourceId);

    /** Link counts of one topic. */
    interface LinkCounts {

        long getStatements();

        long getRecommendations();

        long getAgendaItems();

        long getChildren();
    }
}
