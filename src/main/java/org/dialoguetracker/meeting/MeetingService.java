package org.dialoguetracker.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;

    private final DialogueRepository dialogues;

    private final MeetingLists lists;

    private final DataVersions versions;

    MeetingService(MeetingRepository meetings, DialogueRepository dialogues, MeetingLists lists,
            DataVersions versions) {
        this.meetings = meetings;
        this.dialogues = dialogues;
        this.lists = lists;
        this.versions = versions;
    }

    /**
     * The {@code size} newest meetings, newest first, as the first page of {@link #list(int, int)} gives them; kept
     * until any page's data changes (one statement, the version, when kept).
     */
    public List<MeetingSummary> newest(int size) {
        return lists.newest(versions.of(DataVersions.Counter.PAGES), size);
    }

    /** Every dialogue (series of rounds) as a choice: its id and its name, by English name. */
    public List<Option> dialogues() {
        return dialogues.findAllOrdered().stream().map(d -> new Option(d.getId(), d.getName())).toList();
    }

    public Page<MeetingSummary> list(int page, int size) {
        return meetings.findNewestFirst(PageRequest.of(page, size)).map(MeetingSummary::of);
    }

    public MeetingDetails details(Long id) {
        Meeting meeting = meetings.findDetails(id).orElseThrow(() -> new NotFoundException("Meeting", id));
        return MeetingDetails.of(meeting, meetings.findAgenda(id));
    }

    /**
     * The lead organiser of each side of the meeting's dialogue, who sign off its report; either is null while unset.
     *
     * @throws NotFoundException if there is no such meeting
     */
    public DialogueLeads leads(Long meetingId) {
        Dialogue dialogue = meetings.findDialogueWithLeads(meetingId)
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        return new DialogueLeads(dialogue.getId(), DialogueLeads.Lead.of(dialogue.getUkLead()),
                DialogueLeads.Lead.of(dialogue.getRussiaLead()));
    }

    /** The first meetings to start on this day or later, soonest first. */
    public List<MeetingRef> upcoming(LocalDate today, int limit) {
        return meetings.findUpcoming(today, Limit.of(limit)).stream().map(MeetingRef::of).toList();
    }

    /** The last meetings to have started before this day, latest first. */
    public List<MeetingRef> recent(LocalDate today, int limit) {
        return meetings.findRecent(today, Limit.of(limit)).stream().map(MeetingRef::of).toList();
    }

    /** These meetings as links, newest first; ids that name no meeting are left out. */
    public List<MeetingRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return meetings.findRefs(ids);
    }

    /**
     * The earlier rounds of the meeting's dialogue, the latest first (as {@link #previousRound}, which is the first of
     * them): what a briefing asks about, found once so that each of its lists joins their ids rather than searching
     * the dialogue's meetings again. A dialogue holds a few dozen rounds.
     */
    public List<MeetingRef> earlierRounds(Long meetingId) {
        return meetings.findEarlierRounds(meetingId, Limit.unlimited());
    }

    /**
     * The previous round of the meeting's dialogue: the latest of its meetings to start before this one; empty for
     * the first round.
     */
    public java.util.Optional<MeetingRef> previousRound(Long meetingId) {
        return meetings.findEarlierRounds(meetingId, Limit.of(1)).stream().findFirst();
    }

    public long count() {
        return meetings.count();
    }
}
