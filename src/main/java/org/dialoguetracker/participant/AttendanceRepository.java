package org.dialoguetracker.participant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("""
            select a from Attendance a
              join fetch a.participant p
              left join fetch p.institution
             where a.meetingId = ?1
             order by p.side, p.nameLatin
            """)
    List<Attendance> findForMeeting(Long meetingId);
}
