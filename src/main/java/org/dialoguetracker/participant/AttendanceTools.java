package org.dialoguetracker.participant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance tool's two steps for many people at once: inviting everyone who attended the previous round, and
 * marking everyone who confirmed as attended. Each is previewed first (who would be affected, and who is skipped),
 * then done all or nothing, and only if the people affected are still those the organiser saw. Each person goes
 * through {@link AttendanceEditing}'s own one-person method, so that whatever follows an invitation or a change
 * (the invitation mail) follows it here too.
 */
@Service
@Transactional
public class AttendanceTools {

    private final AttendanceRepository attendance;

    private final AttendanceEditing editing;

    AttendanceTools(AttendanceRepository attendance, AttendanceEditing editing) {
        this.attendance = attendance;
        this.editing = editing;
    }

    /**
     * Who attended the previous round and would be invited to this meeting, and who is skipped because they are
     * invited already. Archived participants are left out: nobody invites them any more.
     */
    @Transactional(readOnly = true)
    public Preview previewInvitePrevious(Long meetingId, Long previousMeetingId) {
        Set<Long> invited = new HashSet<>(attendance.findInvitedIds(meetingId));
        List<Invitation> attended = attendance.findForMeetingInStatus(previousMeetingId, AttendanceStatus.ATTENDED)
                .stream().filter(a -> !a.getParticipant().isArchived()).map(Invitation::of).toList();
        return new Preview(attended.stream().filter(a -> !invited.contains(a.participantId())).toList(),
                attended.stream().filter(a -> invited.contains(a.participantId())).toList());
    }

    /**
     * Invites, as participants, the people of {@link #previewInvitePrevious}, one by one through
     * {@link AttendanceEditing#invite}.
     *
     * @param participantIds the people the organiser saw in the preview
     * @return how many were invited
     * @throws AttendanceToolStale if the people to invite are no longer those; nothing is saved
     */
    public int invitePrevious(Long meetingId, Long previousMeetingId, List<Long> participantIds) {
        List<Invitation> affected = previewInvitePrevious(meetingId, previousMeetingId).affected();
        requireSame(affected.stream().map(Invitation::participantId).toList(), participantIds);
        for (Invitation person : affected) {
            editing.invite(meetingId, new InviteForm(person.participantId(), AttendanceStatus.INVITED,
                    AttendanceRole.PARTICIPANT));
        }
        return affected.size();
    }

    /** The invitations of this meeting that are confirmed, which "mark all confirmed as attended" would change. */
    @Transactional(readOnly = true)
    public Preview previewMarkAttended(Long meetingId) {
        return new Preview(attendance.findForMeetingInStatus(meetingId, AttendanceStatus.CONFIRMED).stream()
                .map(Invitation::of).toList(), List.of());
    }

    /**
     * Marks the confirmed invitations of {@link #previewMarkAttended} as attended, each keeping its role, one by one
     * through {@link AttendanceEditing#change}.
     *
     * @param attendanceIds the invitations the organiser saw in the preview
     * @return how many were marked
     * @throws AttendanceToolStale if the confirmed invitations are no longer those; nothing is saved
     */
    public int markAttended(Long meetingId, List<Long> attendanceIds) {
        List<Invitation> affected = previewMarkAttended(meetingId).affected();
        requireSame(affected.stream().map(Invitation::id).toList(), attendanceIds);
        for (Invitation invitation : affected) {
            editing.change(meetingId, invitation.id(),
                    new AttendanceForm(AttendanceStatus.ATTENDED, invitation.role(), invitation.version()));
        }
        return affected.size();
    }

    private static void requireSame(List<Long> now, List<Long> seen) {
        if (seen == null || !new HashSet<>(now).equals(new HashSet<>(seen)) || now.size() != seen.size()) {
            throw new AttendanceToolStale();
        }
    }

    /**
     * What a step would do: the people it affects, and those it skips (invited already), each by name.
     */
    public record Preview(List<Invitation> affected, List<Invitation> skipped) {
    }
}
