package org.dialoguetracker.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUpAction, Long> {

    String WITH_OWNERS = """
            select f from FollowUpAction f
              join fetch f.recommendation
              left join fetch f.ownerParticipant
              left join fetch f.ownerInstitution
            """;

    @Query(WITH_OWNERS + " where f.recommendation.id = ?1 order by f.dueDate nulls last, f.id")
    List<FollowUpAction> findForRecommendation(Long recommendationId);

    @Query(WITH_OWNERS + """
             where f.status in (org.dialoguetracker.followup.FollowUpStatus.OPEN,
                                org.dialoguetracker.followup.FollowUpStatus.IN_PROGRESS)
               and f.dueDate < ?1
             order by f.dueDate, f.id
            """)
    List<FollowUpAction> findOverdue(LocalDate today, Limit limit);

    @Query("""
            select count(f) from FollowUpAction f
             where f.status in (org.dialoguetracker.followup.FollowUpStatus.OPEN,
                                org.dialoguetracker.followup.FollowUpStatus.IN_PROGRESS)
               and f.dueDate < ?1
            """)
    long countOverdue(LocalDate today);

    @Query("""
            select count(f) from FollowUpAction f
             where f.status in (org.dialoguetracker.followup.FollowUpStatus.OPEN,
                                org.dialoguetracker.followup.FollowUpStatus.IN_PROGRESS)
            """)
    long countOpen();
}
