package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.recommendation.Recommendation;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUpAction, Long>, JpaSpecificationExecutor<FollowUpAction> {

    String WITH_OWNERS = """
            select f from FollowUpAction f
              join fetch f.recommendation r
              left join fetch f.ownerParticipant op
              left join fetch op.institution
              left join fetch f.ownerInstitution
            """;

    String OPEN = """
            f.status in (org.dialoguetracker.followup.FollowUpStatus.OPEN,
                         org.dialoguetracker.followup.FollowUpStatus.IN_PROGRESS)
            """;

    @Query(WITH_OWNERS + " where f.recommendation.id = ?1 order by f.dueDate nulls last, f.id")
    List<FollowUpAction> findForRecommendation(Long recommendationId);

    @Query(WITH_OWNERS + " where f.id = ?1")
    Optional<FollowUpAction> findWithOwners(Long id);

    /** Whether the action's recommendation came from one of these rounds (a dialogue's earlier ones, listed once). */
    String OF_ROUNDS = """
            f.recommendation_id in (select rm.recommendation_id from recommendation_meeting rm
                                     where rm.meeting_id in (:meetings))
            """;

    /**
     * The ids of the actions done in a period, of live recommendations of these rounds, in the order done, each with
     * how many there are in all.
     */
    @Query(nativeQuery = true, value = """
            select f.id, count(*) over ()
              from follow_up_action f join recommendation r on r.id = f.recommendation_id
             where f.status = 'DONE' and not r.archived
               and f.completed_on >= :from and f.completed_on < :before and\s""" + OF_ROUNDS + """
             order by f.completed_on, f.id
             limit :limit
            """)
    List<Object[]> findIdsDoneInRounds(@org.springframework.data.repository.query.Param("meetings") Collection<Long> meetingIds,
            @org.springframework.data.repository.query.Param("from") LocalDate from,
            @org.springframework.data.repository.query.Param("before") LocalDate before,
            @org.springframework.data.repository.query.Param("limit") int limit);

    /**
     * The ids of the open actions past their due date, of live recommendations of these rounds, longest overdue
     * first, each with how many there are in all.
     */
    @Query(nativeQuery = true, value = """
            select f.id, count(*) over ()
              from follow_up_action f join recommendation r on r.id = f.recommendation_id
             where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date < :today and not r.archived
               and\s""" + OF_ROUNDS + """
             order by f.due_date, f.id
             limit :limit
            """)
    List<Object[]> findIdsOverdueInRounds(@org.springframework.data.repository.query.Param("meetings") Collection<Long> meetingIds,
            @org.springframework.data.repository.query.Param("today") LocalDate today,
            @org.springframework.data.repository.query.Param("limit") int limit);

    /** These actions with their owners, in no particular order. */
    @Query(WITH_OWNERS + " where f.id in ?1")
    List<FollowUpAction> findAllWithOwners(Collection<Long> ids);

    /** The open actions past their due date, of recommendations still in the lists. */
    @Query(WITH_OWNERS + " where " + OPEN + " and f.dueDate < ?1 and r.archived = false order by f.dueDate, f.id")
    List<FollowUpAction> findOverdue(LocalDate today, Limit limit);

    /** The open actions due by {@code until} (or overdue) that a participant with an e-mail address carries. */
    @Query(WITH_OWNERS + " where " + OPEN + " and f.dueDate <= ?1 and r.archived = false"
            + " and op.email is not null and op.email <> '' and op.archived = false order by f.dueDate, f.id")
    List<FollowUpAction> findForReminders(LocalDate until);

    /** The actions completed on or after {@code from}, of recommendations still in the lists. */
    @Query(WITH_OWNERS + " where f.status = org.dialoguetracker.followup.FollowUpStatus.DONE and f.completedOn >= ?1"
            + " and r.archived = false order by f.completedOn desc, f.id")
    List<FollowUpAction> findCompletedSince(LocalDate from, Limit limit);

    /** A page of actions with what their rows show; the specification filters and orders. */
    @Override
    @EntityGraph(attributePaths = { "recommendation", "ownerParticipant", "ownerParticipant.institution",
            "ownerInstitution" })
    Page<FollowUpAction> findAll(Specification<FollowUpAction> specification, Pageable pageable);

    // The recommendation and the participants an action belongs to and may be carried by. Their entities are
    // public; their repositories belong to their features.

    @Query("select r from Recommendation r where r.id = ?1")
    Optional<Recommendation> findRecommendation(Long id);

    @Query("""
            select p from Participant p left join fetch p.institution
             where p.archived = false order by lower(p.nameLatin), p.id""")
    List<Participant> findOwnerCandidates();

    @Query("select p from Participant p where p.id = ?1")
    Optional<Participant> findParticipant(Long id);
}
