package org.dialoguetracker.participant;

import java.util.List;
import java.util.Locale;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading participants: for organisers and admins only, as their names and contacts are. */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    /** How many matches the attendance tool's quick search offers at most. */
    static final int INVITABLE_LIMIT = 20;

    private final ParticipantRepository participants;

    private final AttendanceRepository attendance;

    ParticipantService(ParticipantRepository participants, AttendanceRepository attendance) {
        this.participants = participants;
        this.attendance = attendance;
    }

    /** One page of participants whose name in either script contains {@code query}, archived ones on request. */
    public Page<ParticipantRow> list(String query, boolean includeArchived, int page, int size) {
        return participants.search(pattern(query), includeArchived, PageRequest.of(page, size))
                .map(ParticipantRow::of);
    }

    public ParticipantDetails details(Long id) {
        Participant participant = participants.findDetails(id)
                .orElseThrow(() -> new NotFoundException("Participant", id));
        return ParticipantDetails.of(participant, attendance.findInvitationsOf(id));
    }

    public ParticipantForm editForm(Long id) {
        return ParticipantForm.of(participants.findById(id).orElseThrow(() -> new NotFoundException("Participant", id)));
    }

    /** Participants who are not archived, as choices for select boxes (speakers, owners), by Latin name. */
    public List<Option> options() {
        return participants.findActiveOrdered().stream().map(p -> new Option(p.getId(), p.getName())).toList();
    }

    /** The quick search of the attendance tool: participants not archived and not yet invited to the meeting. */
    public List<ParticipantRow> invitable(Long meetingId, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return participants.findInvitable(meetingId, pattern(query), Limit.of(INVITABLE_LIMIT)).stream()
                .map(ParticipantRow::of).toList();
    }

    /** A case-insensitive "contains" LIKE pattern, with the user's own wildcards taken literally. */
    static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return "%";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
