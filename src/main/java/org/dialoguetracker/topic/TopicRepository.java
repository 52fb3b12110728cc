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

    /** How many topics are children of this one: what a merge moves under the target. */
    @Query("select count(t) from Topic t where t.parent.id = ?1")
    long countChildren(Long topicId);

    /** The source's children move under the target, after the target's own children, in their order. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update topic set parent_id = ?2, position = position + ?3, version = version + 1 where parent_id = ?1
            """)
    int adoptChildren(Long sourceId, Long targetId, int positionOffset);

    @Modifying(clearAutomatically = true)
    @Query(nativeQuery = true, value = "delete from topic where id = ?1")
    int deleteMerged(Long sourceId);
}
