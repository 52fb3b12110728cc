package org.dialoguetracker.statement.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Conflict;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.statement.StatementEditing;
import org.dialoguetracker.statement.StatementForm;
import org.dialoguetracker.statement.StatementKind;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.topic.TopicService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the statement form, which depend on the meeting: its sessions, rule and attendees. */
@Component
class StatementChoices {

    private final MeetingService meetings;

    private final StatementEditing editing;

    private final TopicService topics;

    private final MessageSource messages;

    StatementChoices(MeetingService meetings, StatementEditing editing, TopicService topics, MessageSource messages) {
        this.meetings = meetings;
        this.editing = editing;
        this.topics = topics;
        this.messages = messages;
    }

    /**
     * Puts the meeting and the form's choices in the model. The attribution levels are those the meeting's rule
     * allows, plus the form's own when it goes beyond (a stale form, an old statement under a tightened rule),
     * so that the select shows what was chosen next to the message refusing it rather than silently changing it.
     *
     * @param savedSpeaker the speaker a saved statement names, kept among the choices
     */
    MeetingDetails addTo(Model model, Long meetingId, StatementForm form, Long savedSpeaker) {
        MeetingDetails meeting = meetings.details(meetingId);
        List<AttributionRule> allowed = StatementEditing.allowedBy(meeting.attributionRule());
        model.addAttribute("meeting", meeting);
        model.addAttribute("allowedAttributions", allowed);
        model.addAttribute("attributions", Arrays.stream(AttributionRule.values())
                .filter(level -> allowed.contains(level) || level == form.attribution()).toList());
        List<Option> agenda = meeting.agenda().stream()
                .map(item -> new Option(item.id(), numbered(item.position() + 1, item.title()))).toList();
        model.addAttribute("agendaOptions", agenda);
        model.addAttribute("agendaTitles", agenda.stream().collect(Collectors.toMap(Option::value, Option::label)));
        model.addAttribute("kinds", StatementKind.values());
        model.addAttribute("sides", StatementSide.values());
        model.addAttribute("speakers", editing.speakerOptions(meetingId, savedSpeaker));
        model.addAttribute("topicOptions", topics.options());
        return meeting;
    }

    /**
     * The form as a conflict notice shows it: sessions, speakers and topics by name, and enum values by their
     * label, in the reader's language. The choices come from the model filled by {@link #addTo}.
     */
    Conflict.ComparableForm readable(StatementForm form, Model model, Locale locale) {
        Map<Object, String> agenda = labels(model, "agendaOptions", locale);
        Map<Object, String> speakers = labels(model, "speakers", locale);
        Map<Object, String> topicNames = labels(model, "topicOptions", locale);
        return () -> {
            Map<String, Object> fields = new LinkedHashMap<>(form.fieldsByLabel());
            fields.put("statement.form.agendaItem", agenda.get(form.agendaItemId()));
            fields.put("statement.form.kind", label("statement.kind.", form.kind(), locale));
            fields.put("statement.form.side", label("statement.side.", form.side(), locale));
            fields.put("statement.form.attribution", label("attribution.", form.attribution(), locale));
            fields.put("statement.form.speaker", speakers.get(form.speakerId()));
            fields.put("statement.form.topics", form.topicIds().stream().map(id -> topicNames.getOrDefault(id, String.valueOf(id))).toList());
            return fields;
        };
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, String> labels(Model model, String attribute, Locale locale) {
        return ((List<Option>) model.getAttribute(attribute)).stream()
                .collect(Collectors.toMap(option -> option.value(), option -> option.label().in(locale),
                        (a, b) -> a));
    }

    private static Bilingual numbered(int number, Bilingual title) {
        return new Bilingual(title.en() == null ? null : number + ". " + title.en(),
                title.ru() == null ? null : number + ". " + title.ru());
    }
}
