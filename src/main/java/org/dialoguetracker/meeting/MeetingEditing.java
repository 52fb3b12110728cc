package org.dialoguetracker.meeting;

import java.util.List;
import java.util.Set;

import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Versions;
import org.dialoguetracker.topic.Topic;
import org.dialoguetracker.topic.TopicService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What organisers change of a meeting: its frame and its agenda. */
@Service
@Transactional
public class MeetingEditing {

    private final MeetingRepository meetings;

    private final DialogueRepository dialogues;

    private final AgendaItemRepository agenda;

    private final InstitutionService institutions;

    private final TopicService topics;

    MeetingEditing(MeetingRepository meetings, DialogueRepository dialogues, AgendaItemRepository agenda,
            InstitutionService institutions, TopicService topics) {
        this.meetings = meetings;
        this.dialogues = dialogues;
        this.agenda = agenda;
        this.institutions = institutions;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    public List<Option> dialogueOptions() {
        return dialogues.findAllOrdered().stream().map(d -> new Option(d.getId(), d.getName())).toList();
    }

    @Transactional(readOnly = true)
    public MeetingForm blankForm() {
        return MeetingForm.blank(dialogues.findAllOrdered().stream().findFirst().map(Dialogue::getId).orElse(null));
    }

    @Transactional(readOnly = true)
    public MeetingForm editForm(Long id) {
        return MeetingForm.of(meeting(id));
    }

    /** Checks what Bean Validation cannot: the cross-field rules and that chosen records exist. */
    @Transactional(readOnly = true)
    public void validate(MeetingForm form, Errors errors) {
        form.validate(errors);
        if (form.dialogueId() != null && !dialogues.existsById(form.dialogueId())) {
            errors.rejectValue("dialogueId", "form.choice.unknown");
        }
        if (form.hostInstitutionId() != null && institutions.find(form.hostInstitutionId()).isEmpty()) {
            errors.rejectValue("hostInstitutionId", "form.choice.unknown");
        }
    }

    @Transactional(readOnly = true)
    public void validate(AgendaItemForm form, Errors errors) {
        form.validate(errors);
        if (topics.findAll(form.topicIds()).size() != form.topicIds().stream().distinct().count()) {
            errors.rejectValue("topicIds", "form.choice.unknown");
        }
    }

    public Long create(MeetingForm form) {
        Dialogue dialogue = dialogues.findById(form.dialogueId()).orElseThrow();
        Meeting meeting = new Meeting(dialogue, Bilingual.EMPTY, form.startDate(),
                form.endDate(), form.attributionRule());
        meeting.apply(form, dialogue, host(form));
        return meetings.save(meeting).getId();
    }

    public void update(Long id, MeetingForm form) {
        Meeting meeting = meeting(id);
        Versions.check(Meeting.class, id, meeting.getVersion(), form.version());
        meeting.apply(form, dialogues.findById(form.dialogueId()).orElseThrow(), host(form));
    }

    @Transactional(readOnly = true)
    public AgendaItemForm agendaItemForm(Long meetingId, Long itemId) {
        return AgendaItemForm.of(agendaItem(meetingId, itemId));
    }

    /** Appends a session at the end of the agenda. */
    public void addAgendaItem(Long meetingId, AgendaItemForm form) {
        Meeting meeting = meeting(meetingId);
        int next = agenda.findByMeeting(meetingId).size();
        AgendaItem item = new AgendaItem(meeting, next, Bilingual.EMPTY);
        item.apply(form, topics(form));
        agenda.save(item);
    }

    public void updateAgendaItem(Long meetingId, Long itemId, AgendaItemForm form) {
        AgendaItem item = agendaItem(meetingId, itemId);
        Versions.check(AgendaItem.class, itemId, item.getVersion(), form.version());
        item.apply(form, topics(form));
    }

    /** Moves a session one place up (-1) or down (+1); at either end nothing moves. */
    public void moveAgendaItem(Long meetingId, Long itemId, int step) {
        List<AgendaItem> items = agenda.findByMeeting(meetingId);
        AgendaItem item = agendaItem(meetingId, itemId);
        int from = items.indexOf(item);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= items.size()) {
            return;
        }
        AgendaItem other = items.get(to);
        other.moveTo(from);
        item.moveTo(to);
    }

    /** Removes a session; its statements stay with the meeting, outside the agenda. */
    public void removeAgendaItem(Long meetingId, Long itemId) {
        AgendaItem item = agendaItem(meetingId, itemId);
        agenda.delete(item);
        agenda.flush();
        List<AgendaItem> rest = agenda.findByMeeting(meetingId);
        for (int position = 0; position < rest.size(); position++) {
            rest.get(position).moveTo(position);
        }
    }

    private Meeting meeting(Long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    private AgendaItem agendaItem(Long meetingId, Long itemId) {
        return agenda.findInMeeting(meetingId, itemId)
                .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
    }

    private Institution host(MeetingForm form) {
        return institutions.find(form.hostInstitutionId()).orElse(null);
    }

    private Set<Topic> topics(AgendaItemForm form) {
        return topics.findAll(form.topicIds());
    }
}
