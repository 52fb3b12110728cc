package org.dialoguetracker.meeting;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Meetings as marks on a timeline: what the mark shows, read without loading the meetings. */
interface MeetingMarkRepository extends Repository<Meeting, Long> {

    @Query("""
            select new org.dialoguetracker.meeting.MeetingMark(m.id, m.titleEn, m.titleRu, m.cityEn, m.cityRu,
                       m.startDate, m.format, m.status)
              from Meeting m order by m.startDate desc, m.id desc
            """)
    List<MeetingMark> findLatest(Limit limit);
}
