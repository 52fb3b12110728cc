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

    /** Whether a recommendation came from a round of a dialogue that began before a day. */
    String FROM_EARLIER_ROUNDS = """
            exists (select 1 from Recommendation r2 join r2.meetings m
                     where r2 = r and m.dialogue.id = :dialogue and m.startDate < :before)
            """;

    /**
     * The changes of status (its first, "proposed", left out) that took effect in a period, of the live
     * recommendations of a dialogue's rounds that began before its end, in the order they took effect.
     */
    @Query(value = """
            select new org.dialoguetracker.recommendation.StatusStep(r.id, r.reference, r.titleEn, r.titleRu,
                   c.fromStatus, c.toStatus, c.effectiveOn, c.changedAt, c.note, c.noteRu)
              from StatusChange c join c.recommendation r
             where r.archived = false and c.fromStatus is not null
               and c.effectiveOn >= :from and c.effectiveOn < :before and\s""" + FROM_EARLIER_ROUNDS + """
             order by c.effectiveOn, c.changedAt, c.id
            """, countQuery = """
            select count(c) from StatusChange c join c.recommendation r
             where r.archived = false and c.fromStatus is not null
               and c.effectiveOn >= :from and c.effectiveOn < :before and\s""" + FROM_EARLIER_ROUNDS)
    Page<StatusStep> findStatusSteps(@org.springframework.data.repository.query.Param("dialogue") Long dialogueId,
            @org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
            @org.springframework.data.repository.query.Param("before") java.time.LocalDate before, Pageable pageable);

    /**
     * The ids of the live recommendations in these statuses of a dialogue's rounds that began before a day, by
     * reference: a page of them and how many there are, so that a briefing loads only what it shows.
     */
    @Query(value = """
            select r.id from Recommendation r
             where r.archived = false and r.status in :statuses and\s""" + FROM_EARLIER_ROUNDS + """
             order by r.reference
            """, countQuery = """
            select count(r) from Recommendation r
             where r.archived = false and r.status in :statuses and\s""" + FROM_EARLIER_ROUNDS)
    Page<Long> findIdsInDialogueBefore(@org.springframework.data.repository.query.Param("dialogue") Long dialogueId,
            @org.springframework.data.repository.query.Param("before") java.time.LocalDate before,
            @org.springframework.data.repository.query.Param("statuses") Collection<RecommendationStatus> statuses,
            Pageable pageable);

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
