package org.dialoguetracker.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select a from AgendaItem a where a.meeting.id = ?1 order by a.position")
    List<AgendaItem> findByMeeting(Long meetingId);

    @Query("select a from AgendaItem a left join fetch a.topics where a.id = ?2 and a.meeting.id = ?1")
    Optional<AgendaItem> findInMeeting(Long meetingId, Long itemId);
}
