package org.dialoguetracker.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.statement.Statement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("""
            select r from Recommendation r
              left join fetch r.topics
              left join fetch r.meetings
             where r.id = ?1
            """)
    Optional<Recommendation> findDetails(Long id);

    /** What lists show of these recommendations, in one statement. */
    @Query("""
            select distinct r from Recommendation r
              left join fetch r.topics
              left join fetch r.meetings
             where r.id in ?1
            """)
    List<Recommendation> findSummaries(Collection<Long> ids);

    @Query("""
            select r from Recommendation r join r.meetings m
             where m.id = ?1 and r.archived = false
             order by r.reference
            """)
    List<Recommendation> findForMeeting(Long meetingId);

    @Query(value = """
            select r.id from Recommendation r join r.meetings m
             where m.id = ?1 and r.archived = false
             order by r.reference
            """, countQuery = """
            select count(r) from Recommendation r join r.meetings m
             where m.id = ?1 and r.archived = false
            """)
    Page<Long> findIdsForMeeting(Long meetingId, Pageable pageable);

    @Query("select s.id from Recommendation r join r.statements s where r.id = ?1")
    List<Long> findStatementIds(Long recommendationId);

    @Query("""
            select t.id as topicId, count(r) as count from Recommendation r join r.topics t
             where r.archived = false group by t.id
            """)
    List<TopicCount> countByTopic();

    @Query("""
            select c from StatusChange c left join fetch c.changedBy
             where c.recommendation.id = ?1 order by c.effectiveOn, c.changedAt, c.id
            """)
    List<StatusChange> findTimeline(Long recommendationId);

    /** Each stall of these recommendations and the status it came from, in the order they took effect. */
    @Query("""
            select c.recommendation.id, c.fromStatus from StatusChange c
             where c.toStatus = org.dialoguetracker.recommendation.RecommendationStatus.STALLED
               and c.recommendation.id in ?1
             order by c.effectiveOn, c.changedAt, c.id
            """)
    List<Object[]> findStallOrigins(java.util.Collection<Long> recommendationIds);

    /** Whether a recommendation came from one of these rounds (a dialogue's earlier ones, listed once). */
    String OF_ROUNDS = """
            r.id in (select rm.recommendation_id from recommendation_meeting rm where rm.meeting_id in (:meetings))
            """;

    /**
     * The ids of the changes of status (its first, "proposed", left out) that took effect in a period, of the live
     * recommendations of these rounds, in the order they took effect, each with how many there are in all.
     */
    @Query(nativeQuery = true, value = """
            select c.id, count(*) over ()
              from recommendation_status_change c join recommendation r on r.id = c.recommendation_id
             where not r.archived and c.from_status is not null
               and c.effective_on >= :from and c.effective_on < :before and\s""" + OF_ROUNDS + """
             order by c.effective_on, c.changed_at, c.id
             limit :limit
            """)
    List<Object[]> findStatusStepIds(@org.springframework.data.repository.query.Param("meetings") Collection<Long> meetingIds,
            @org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
            @org.springframework.data.repository.query.Param("before") java.time.LocalDate before,
            @org.springframework.data.repository.query.Param("limit") int limit);

    /** These changes of status as a list shows them, in the order they took effect. */
    @Query("""
            select new org.dialoguetracker.recommendation.StatusStep(r.id, r.reference, r.titleEn, r.titleRu,
                   c.fromStatus, c.toStatus, c.effectiveOn, c.changedAt, c.note, c.noteRu)
              from StatusChange c join c.recommendation r
             where c.id in ?1
             order by c.effectiveOn, c.changedAt, c.id
            """)
    List<StatusStep> findStatusSteps(Collection<Long> ids);

    /**
     * The ids of the live recommendations in these statuses made at these rounds, by reference, each with how many
     * there are in all.
     */
    @Query(nativeQuery = true, value = """
            select r.id, count(*) over () from recommendation r
             where not r.archived and r.status in (:statuses) and\s""" + OF_ROUNDS + """
             order by r.reference
             limit :limit
            """)
    List<Object[]> findIdsOfRounds(@org.springframework.data.repository.query.Param("meetings") Collection<Long> meetingIds,
            @org.springframework.data.repository.query.Param("statuses") Collection<String> statuses,
            @org.springframework.data.repository.query.Param("limit") int limit);

    /** Where these recommendations stand, for many status changes at once: id, status, version. */
    @Query("select r.id, r.status, r.version from Recommendation r where r.id in ?1")
    List<Object[]> findStatuses(Collection<Long> recommendationIds);

    /** The day the latest change of each of these recommendations took effect: id, day. */
    @Query("""
            select c.recommendation.id, max(c.effectiveOn) from StatusChange c
             where c.recommendation.id in ?1 group by c.recommendation.id
            """)
    List<Object[]> findLatestEffective(Collection<Long> recommendationIds);

    /** The start of the first meeting a recommendation comes from: no status change can take effect before it. */
    @Query("select min(m.startDate) from Recommendation r join r.meetings m where r.id = ?1")
    Optional<java.time.LocalDate> findFirstMeetingStart(Long recommendationId);

    /** The recommendation with everything its edit form shows. */
    @Query("""
            select r from Recommendation r
              left join fetch r.topics
              left join fetch r.meetings
              left join fetch r.statements
             where r.id = ?1
            """)
    Optional<Recommendation> findForEditing(Long id);

    boolean existsByReference(String reference);

    @Query("select r from Recommendation r where r.reference in ?1")
    List<Recommendation> findByReferences(Collection<String> references);

    boolean existsByReferenceAndIdNot(String reference, Long id);

    /** The references already given to recommendations of this dialogue's meetings. */
    @Query("select distinct r.reference from Recommendation r join r.meetings m where m.dialogue.id = ?1")
    List<String> findReferencesInDialogue(Long dialogueId);

    @Query("select r.reference from Recommendation r where r.reference like ?1")
    List<String> findReferencesLike(String pattern);

    // Meetings and statements, the choices of the form. Their entities are public; their repositories are not.

    @Query("select m from Meeting m join fetch m.dialogue where m.id = ?1")
    Optional<Meeting> findMeeting(Long id);

    @Query("select m from Meeting m where m.id in ?1")
    List<Meeting> findMeetings(Collection<Long> ids);

    @Query("select m from Meeting m order by m.startDate desc, m.id desc")
    List<Meeting> findAllMeetings();

    @Query("select s from Statement s join fetch s.meeting m where m.id in ?1 order by m.startDate, m.id, s.position, s.id")
    List<Statement> findStatementsOfMeetings(Collection<Long> meetingIds);

    interface TopicCount {
        Long getTopicId();

        long getCount();
    }

    /** The recommendations still in the lists created at or after {@code since}, newest first. */
    @Query("select r from Recommendation r where r.archived = false and r.createdAt >= ?1 order by r.createdAt desc, r.id desc")
    List<Recommendation> findCreatedSince(java.time.Instant since, org.springframework.data.domain.Limit limit);

    /** The status changes made at or after {@code since} to recommendations still in the lists, newest first. */
    @Query("""
            select c from StatusChange c join fetch c.recommendation r
             where r.archived = false and c.changedAt >= ?1 order by c.changedAt desc, c.id desc
            """)
    List<StatusChange> findStatusChangesSince(java.time.Instant since, org.springframework.data.domain.Limit limit);
}
