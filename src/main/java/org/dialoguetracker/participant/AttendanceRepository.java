package org.dialoguetracker.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** A meeting's invitations in one status, by name, with the people and their institutions. */
    @Query("""
            select a from Attendance a
              join fetch a.participant p
              left join fetch p.institution
             where a.meetingId = ?1 and a.status = ?2
             order by p.nameLatin, p.id
            """)
    List<Attendance> findForMeetingInStatus(Long meetingId, AttendanceStatus status);

    @Query("select a.participant.id from Attendance a where a.meetingId = ?1")
    List<Long> findInvitedIds(Long meetingId);

    @Query("select a from Attendance a join fetch a.participant where a.id = ?2 and a.meetingId = ?1")
    Optional<Attendance> findInMeeting(Long meetingId, Long attendanceId);

    @Query("select count(a) > 0 from Attendance a where a.meetingId = ?1 and a.participant.id = ?2")
    boolean isInvited(Long meetingId, Long participantId);

    /** The meetings a participant was invited to, newest first, with their status and role there. */
    @Query("""
            select new org.dialoguetracker.participant.ParticipantDetails$MeetingInvitation(
                   m.id, m.titleEn, m.titleRu, m.startDate, m.endDate, a.status, a.role)
              from Attendance a, Meeting m
             where m.id = a.meetingId and a.participant.id = ?1
             order by m.startDate desc, m.id desc
            """)
    List<ParticipantDetails.MeetingInvitation> findInvitationsOf(Long participantId);

    /** Invitations of a participant about to be deleted; an attended one never reaches this point. */
    @Modifying
    @Query("delete from Attendance a where a.participant.id = ?1 and a.status <> org.dialoguetracker.participant.AttendanceStatus.ATTENDED")
    int deleteInvitationsOf(Long participantId);
}
