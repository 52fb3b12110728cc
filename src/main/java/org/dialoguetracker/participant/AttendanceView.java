package org.dialoguetracker.participant;

import java.util.List;
import java.util.Map;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/**
 * Who came to a meeting, as one reader may know it.
 *
 * @param attendees the list with names and contacts, for organisers and admins only; null for anyone else
 * @param attendedBySide how many attended from each side; null where the meeting's rule withholds sides
 * @param institutions the institutions represented; null where they are withheld (under NONE and SIDE without the
 *        participants' consent)
 * @param attendedCount how many attended in all
 */
public record AttendanceView(List<Attendee> attendees, Map<Side, Long> attendedBySide, List<Bilingual> institutions,
        long attendedCount) {

    /** One invitation, as organisers see it. */
    public record Attendee(Long participantId, Bilingual name, Bilingual institution, Side side, Capacity capacity,
            AttendanceStatus status, AttendanceRole role, String email, String phone) {
    }
}
