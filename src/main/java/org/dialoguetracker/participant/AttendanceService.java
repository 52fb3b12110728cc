package org.dialoguetracker.participant;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;
import org.dialoguetracker.shared.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance of meetings. Names and contacts go to organisers and admins only; researchers learn how many
 * attended, and from which sides and institutions where the meeting's rule allows attribution to sides.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private final AttendanceRepository attendance;

    AttendanceService(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    /** The invitations of a meeting as the attendance tool lists them, by side and name. */
    public List<Invitation> invitations(Long meetingId) {
        return attendance.findForMeeting(meetingId).stream().map(Invitation::of).toList();
    }

    public AttendanceView forMeeting(Long meetingId, AttributionRule rule, Viewer viewer) {
        List<Attendance> invitations = attendance.findForMeeting(meetingId);
        List<Participant> attended = invitations.stream()
                .filter(a -> a.getStatus() == AttendanceStatus.ATTENDED)
                .map(Attendance::getParticipant)
                .toList();
        boolean sidesAllowed = viewer.seesEverything() || rule != AttributionRule.NONE;
        Map<Side, Long> bySide = null;
        List<Bilingual> institutions = null;
        if (sidesAllowed) {
            bySide = new EnumMap<>(Side.class);
            for (Participant participant : attended) {
                bySide.merge(participant.getSide(), 1L, Long::sum);
            }
            institutions = attended.stream()
                    .map(Participant::getInstitution)
                    .filter(Objects::nonNull)
                    .distinct()
                    .map(Institution::getName)
                    .toList();
        }
        List<AttendanceView.Attendee> attendees = viewer.seesEverything() ? invitations.stream()
                .map(a -> {
                    Participant p = a.getParticipant();
                    return new AttendanceView.Attendee(p.getId(), p.getName(),
                            p.getInstitution() == null ? null : p.getInstitution().getLabel(), p.getSide(),
                            p.getCapacity(), a.getStatus(), a.getRole(), p.getEmail(), p.getPhone());
                })
                .toList() : null;
        return new AttendanceView(attendees, bySide, institutions, attended.size());
    }
}
