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
 * attended, from which sides where the meeting's rule allows attribution to sides, and from which institutions only
 * where the meeting was on the record (NAMED) or its participants agreed that their institutions may be listed: the
 * Chatham House Rule withholds affiliations too, and with few attendees an institution names the person.
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

    /**
     * The attendance of a meeting as this reader may know it.
     *
     * @param institutionsConsented whether the meeting's participants agreed that their institutions may be listed
     *        (matters under NONE and SIDE)
     */
    public AttendanceView forMeeting(Long meetingId, AttributionRule rule, boolean institutionsConsented,
            Viewer viewer) {
        List<Attendance> invitations = attendance.findForMeeting(meetingId);
        List<Participant> attended = invitations.stream()
                .filter(a -> a.getStatus() == AttendanceStatus.ATTENDED)
                .map(Attendance::getParticipant)
                .toList();
        boolean sidesAllowed = viewer.seesEverything() || rule != AttributionRule.NONE;
        boolean institutionsAllowed = viewer.seesEverything() || rule == AttributionRule.NAMED || institutionsConsented;
        Map<Side, Long> bySide = null;
        List<Bilingual> institutions = null;
        if (sidesAllowed) {
            bySide = new EnumMap<>(Side.class);
            for (Participant participant : attended) {
                bySide.merge(participant.getSide(), 1L, Long::sum);
            }
        }
        if (institutionsAllowed) {
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
