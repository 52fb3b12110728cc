package org.dialoguetracker.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.meeting.AgendaItem;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.Participant;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    String WITH_ATTRIBUTION = """
            select distinct s from Statement s
              join fetch s.meeting m
              left join fetch s.agendaItem
              left join fetch s.speaker sp
              left join fetch sp.institution
              left join fetch s.topics
            """;

    @Query(WITH_ATTRIBUTION + " where m.id = ?1 order by s.position, s.id")
    List<Statement> findForMeeting(Long meetingId);

    /**
     * The first statements of each agenda session of a meeting (and of those outside any session), in the order
     * they were recorded, at most {@code perSession} of each but all of session {@code fullSession} (-1 for none)
     * and all of those outside any session when {@code fullOutside}; each row with how many its session holds.
     * The first row of every session is always kept, so every session's count is there.
     */
    @Query(nativeQuery = true, value = """
            select id as "id", agenda_item_id as "agendaItemId", total as "total" from (
                select s.id, s.agenda_item_id, s.position,
                       count(*) over (partition by s.agenda_item_id) as total,
                       row_number() over (partition by s.agenda_item_id order by s.position, s.id) as rank
                  from statement s
                 where s.meeting_id = :meeting) ranked
             where rank <= :perSession
                or agenda_item_id = :fullSession
                or (:fullOutside and agenda_item_id is null)
             order by position, id
            """)
    List<SessionRow> findFirstOfEachSession(Long meeting, int perSession, long fullSession, boolean fullOutside);

    /** A row of {@link #findFirstOfEachSession}. */
    interface SessionRow {

        Long getId();

        Long getAgendaItemId();

        long getTotal();
    }

    /**
     * The last {@code limit} statements of a meeting, the last recorded first, each row with how many the meeting
     * holds (counted before the limit applies).
     */
    @Query(nativeQuery = true, value = """
            select id as "id", count(*) over () as "total"
              from statement
             where meeting_id = :meeting
             order by position desc, id desc
             limit :limit
            """)
    List<LatestRow> findLatest(Long meeting, int limit);

    /** A row of {@link #findLatest}. */
    interface LatestRow {

        Long getId();

        long getTotal();
    }

    /** Ids first, so that the limit applies in the database and not to a fetched collection in memory. */
    @Query("""
            select s.id from Statement s join s.meeting m
             where exists (select 1 from Statement st join st.topics t where st = s and t.id in ?1)
             order by m.startDate desc, s.position, s.id
            """)
    List<Long> findIdsForTopics(Collection<Long> topicIds, Limit limit);

    /**
     * The statements of these meetings, of these kinds, tagged with any of these topics: one round after another,
     * oldest first, each in the order recorded.
     */
    @Query(WITH_ATTRIBUTION + """
             where m.id in ?1 and s.kind in ?2
               and exists (select 1 from Statement st join st.topics t where st = s and t.id in ?3)
             order by m.startDate, m.id, s.position, s.id
            """)
    List<Statement> findOnTopicsInMeetings(Collection<Long> meetingIds, Collection<StatementKind> kinds,
            Collection<Long> topicIds);

    /** The rows of these statements (one per topic), the newest meeting first, each in the order recorded. */
    @Query(StatementRow.SELECT + " where s.id in ?1 order by m.startDate desc, s.position, s.id")
    List<StatementRow> findRows(Collection<Long> ids);

    /**
     * The rows of these statements of one meeting (one per topic), in the order recorded; naming the meeting lets
     * PostgreSQL join it by its key, not by a hash.
     */
    @Query(StatementRow.SELECT + " where m.id = ?1 and s.id in ?2 order by s.position, s.id")
    List<StatementRow> findRows(Long meetingId, Collection<Long> ids);

    /** A statement of this meeting, or nothing if the id names a statement of another meeting. */
    @Query("""
            select s from Statement s
              join fetch s.meeting
              left join fetch s.agendaItem
              left join fetch s.speaker
              left join fetch s.topics
             where s.id = ?2 and s.meeting.id = ?1
            """)
    Optional<Statement> findInMeeting(Long meetingId, Long statementId);

    /** Where the next statement of a meeting goes: after the last one. */
    @Query("select coalesce(max(s.position) + 1, 0) from Statement s where s.meeting.id = ?1")
    int nextPosition(Long meetingId);

    // What minute-taking needs to know of the meeting around a statement.

    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> findMeeting(Long meetingId);

    @Query("select a from AgendaItem a where a.meeting.id = ?1 and a.id = ?2")
    Optional<AgendaItem> findAgendaItem(Long meetingId, Long agendaItemId);

    /** Who may be recorded as a speaker at a meeting: everyone invited who did not decline, by side and name. */
    @Query("""
            select p from Participant p left join fetch p.institution
             where p.id in (select a.participant.id from Attendance a where a.meetingId = ?1 and a.status <> ?2)
             order by p.side, p.nameLatin, p.id
            """)
    List<Participant> findPossibleSpeakers(Long meetingId, AttendanceStatus excluded);

    @Query("select p from Participant p left join fetch p.institution where p.id = ?1")
    Optional<Participant> findParticipant(Long participantId);
}
