package org.dialoguetracker.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /** Participants whose name in either script matches the lower-case LIKE pattern, by Latin name. */
    @Query(value = """
            select p from Participant p
              left join fetch p.institution
             where (?2 = true or p.archived = false)
               and (lower(p.nameLatin) like ?1 escape '!' or lower(coalesce(p.nameCyrillic, '')) like ?1 escape '!')
             order by lower(p.nameLatin), p.id
            """, countQuery = """
            select count(p) from Participant p
             where (?2 = true or p.archived = false)
               and (lower(p.nameLatin) like ?1 escape '!' or lower(coalesce(p.nameCyrillic, '')) like ?1 escape '!')
            """)
    Page<Participant> search(String pattern, boolean includeArchived, Pageable pageable);

    /** Participants who may still be invited to the meeting: not archived, not invited yet, matching the pattern. */
    @Query("""
            select p from Participant p
              left join fetch p.institution
             where p.archived = false
               and (lower(p.nameLatin) like ?2 escape '!' or lower(coalesce(p.nameCyrillic, '')) like ?2 escape '!')
               and not exists (select a.id from Attendance a where a.meetingId = ?1 and a.participant = p)
             order by lower(p.nameLatin), p.id
            """)
    List<Participant> findInvitable(Long meetingId, String pattern, Limit limit);

    @Query("select p from Participant p left join fetch p.institution where p.id = ?1")
    Optional<Participant> findDetails(Long id);

    @Query("select p from Participant p where p.archived = false order by lower(p.nameLatin), p.id")
    List<Participant> findActiveOrdered();

    @Query(value = """
            select exists (select 1 from attendance where participant_id = ?1 and status = 'ATTENDED')
            """, nativeQuery = true)
    boolean hasAttended(Long id);

    /** Speaker of a statement now or in the statements' history (which names speakers by id). */
    @Query(value = """
            select exists (select 1 from statement where speaker_id = ?1)
                or exists (select 1 from statement_aud where speaker_id = ?1)
            """, nativeQuery = true)
    boolean hasSpoken(Long id);

    /** Owner of a follow-up action now or in the actions' history. */
    @Query(value = """
            select exists (select 1 from follow_up_action where owner_participant_id = ?1)
                or exists (select 1 from follow_up_action_aud where owner_participant_id = ?1)
            """, nativeQuery = true)
    boolean ownsFollowUps(Long id);
}
