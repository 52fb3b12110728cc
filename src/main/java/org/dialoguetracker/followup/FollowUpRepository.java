package org.dialoguetracker.followup;

import java.time.LocalDate;
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

    /** Whether the action's recommendation came from a round of a dialogue that began before a day. */
    String OF_EARLIER_ROUNDS = """
            exists (select 1 from Recommendation r2 join r2.meetings m
                     where r2 = r and m.dialogue.id = ?1 and m.startDate < ?2)
            """;

    /** The actions done in a period, of live recommendations of a dialogue's earlier rounds, in the order done. */
    @Query(value = WITH_OWNERS + DONE_IN_DIALOGUE + " order by f.completedOn, f.id",
            countQuery = "select count(f) from FollowUpAction f join f.recommendation r " + DONE_IN_DIALOGUE)
    Page<FollowUpAction> findDoneInDialogue(Long dialogueId, LocalDate before, LocalDate from, Pageable pageable);

    String DONE_IN_DIALOGUE = """
             where f.status = org.dialoguetracker.followup.FollowUpStatus.DONE and r.archived = false
               and f.completedOn >= ?3 and f.completedOn < ?2 and\s""" + OF_EARLIER_ROUNDS;

    /** The open actions past their due date, of live recommendations of a dialogue's earlier rounds. */
    @Query(value = WITH_OWNERS + OVERDUE_IN_DIALOGUE + " order by f.dueDate, f.id",
            countQuery = "select count(f) from FollowUpAction f join f.recommendation r " + OVERDUE_IN_DIALOGUE)
    Page<FollowUpAction> findOverdueInDialogue(Long dialogueId, LocalDate before, LocalDate today, Pageable pageable);

    String OVERDUE_IN_DIALOGUE = " where " + OPEN + " and f.dueDate < ?3 and r.archived = false and " + OF_EARLIER_ROUNDS;

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
