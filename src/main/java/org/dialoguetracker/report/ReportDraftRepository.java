package org.dialoguetracker.report;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

    Optional<ReportDraft> findByMeetingId(Long meetingId);

    /** The draft, locked until the transaction ends: sign-offs and publishing of one draft take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ReportDraft d where d.meetingId = ?1")
    Optional<ReportDraft> lockByMeetingId(Long meetingId);

    /**
     * The open drafts waiting for this user's sign-off, as their side's lead, in a language not yet signed: meeting id,
     * title in English and Russian, side and language, by meeting date.
     */
    @Query(nativeQuery = true, value = """
            select m.id, m.title_en, m.title_ru, s.side, l.language
              from report_draft d
              join meeting m on m.id = d.meeting_id
              join dialogue g on g.id = m.dialogue_id
              join (select 'UK' as side union all select 'RUSSIA') s
                on (s.side = 'UK' and g.uk_lead_id = ?1) or (s.side = 'RUSSIA' and g.russia_lead_id = ?1)
              cross join (select 'en' as language union all select 'ru') l
             where d.state = 'OPEN'
               and not exists (select 1 from report_signoff o
                                where o.draft_id = d.id and o.language = l.language and o.side = s.side
                                  and o.voided_at is null and o.published_in is null)
             order by m.start_date, m.id, s.side, l.language
            """)
    java.util.List<Object[]> findAwaitingSignOff(Long userId);
}
