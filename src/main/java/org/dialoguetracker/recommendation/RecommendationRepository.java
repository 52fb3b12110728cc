package org.dialoguetracker.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long>,
        JpaSpecificationExecutor<Recommendation> {

    @Query("""
            select r from Recommendation r
              left join fetch r.topics
              left join fetch r.meetings
             where r.id = ?1
            """)
    Optional<Recommendation> findDetails(Long id);

    @Query("""
            select r from Recommendation r join r.meetings m
             where m.id = ?1 and r.archived = false
             order by r.reference
            """)
    List<Recommendation> findForMeeting(Long meetingId);

    @Query("select s.id from Recommendation r join r.statements s where r.id = ?1")
    List<Long> findStatementIds(Long recommendationId);

    @Query("""
            select r.status as status, count(r) as count from Recommendation r
             where r.archived = false group by r.status
            """)
    List<StatusCount> countByStatus();

    @Query("""
            select t.id as topicId, count(r) as count from Recommendation r join r.topics t
             where r.archived = false group by t.id
            """)
    List<TopicCount> countByTopic();

    @Query("""
            select c from StatusChange c left join fetch c.changedBy
             where c.recommendation.id = ?1 order by c.changedAt, c.id
            """)
    List<StatusChange> findTimeline(Long recommendationId);

    interface StatusCount {
        RecommendationStatus getStatus();

        long getCount();
    }

    interface TopicCount {
        Long getTopicId();

        long getCount();
    }
}
