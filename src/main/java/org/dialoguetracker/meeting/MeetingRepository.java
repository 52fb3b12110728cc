package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @EntityGraph(attributePaths = { "dialogue", "hostInstitution" })
    @Query("select m from Meeting m order by m.startDate desc, m.id desc")
    Page<Meeting> findNewestFirst(Pageable pageable);

    @Query("""
            select m from Meeting m
              join fetch m.dialogue d
              left join fetch d.organisers
              left join fetch m.hostInstitution
             where m.id = ?1
            """)
    Optional<Meeting> findDetails(Long id);

    @Query("""
            select d from Meeting m
              join m.dialogue d
              left join fetch d.ukLead
              left join fetch d.russiaLead
             where m.id = ?1
            """)
    Optional<Dialogue> findDialogueWithLeads(Long meetingId);

    @Query("""
            select distinct a from AgendaItem a left join fetch a.topics
             where a.meeting.id = ?1 order by a.position
            """)
    List<AgendaItem> findAgenda(Long meetingId);

    /** Meetings as links, newest first, read column by column: no entity to load and keep in the session. */
    @Query("""
            select new org.dialoguetracker.meeting.MeetingRef(m.id, m.titleEn, m.titleRu, m.cityEn, m.cityRu, m.startDate)
              from Meeting m where m.id in ?1 order by m.startDate desc, m.id
            """)
    List<MeetingRef> findRefs(Collection<Long> ids);

    /**
     * The previous round of a meeting: the latest meeting of the same dialogue to start before it (by start date, a
     * meeting of the same day with a smaller id before it).
     */
    @Query("""
            select new org.dialoguetracker.meeting.MeetingRef(p.id, p.titleEn, p.titleRu, p.cityEn, p.cityRu, p.startDate)
              from Meeting m, Meeting p
             where m.id = ?1 and p.dialogue = m.dialogue and p.id <> m.id
               and (p.startDate < m.startDate or (p.startDate = m.startDate and p.id < m.id))
             order by p.startDate desc, p.id desc
            """)
    List<MeetingRef> findEarlierRounds(Long meetingId, Limit limit);

    @Query("select m from Meeting m where m.startDate >= ?1 order by m.startDate, m.id")
    List<Meeting> findUpcoming(LocalDate today, Limit limit);

    @Query("select m from Meeting m where m.startDate < ?1 order by m.startDate desc, m.id desc")
    List<Meeting> findRecent(LocalDate today, Limit limit);
}
