package org.dialoguetracker.followup;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The follow-up actions of live recommendations counted by where their due date stands, in one statement. */
interface FollowUpStatisticsRepository extends Repository<FollowUpAction, Long> {

    @Query(nativeQuery = true, value = """
            select count(*) filter (where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date < :today) as "overdue",
                   count(*) filter (where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date >= :today
                                      and f.due_date < :soon) as "dueSoon",
                   count(*) filter (where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date >= :soon) as "dueLater",
                   count(*) filter (where f.status in ('OPEN', 'IN_PROGRESS') and f.due_date is null) as "undated",
                   count(*) filter (where f.status = 'DONE') as "done"
              from follow_up_action f
              join recommendation r on r.id = f.recommendation_id
             where not r.archived
            """)
    Outlook outlook(LocalDate today, LocalDate soon);

    interface Outlook {
        long getOverdue();

        long getDueSoon();

        long getDueLater();

        long getUndated();

        long getDone();
    }
}
