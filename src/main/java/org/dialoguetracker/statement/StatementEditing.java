package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dialoguetracker.meeting.AgendaItem;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.shared.AttributionRule;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Labels;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Versions;
import org.dialoguetracker.topic.Topic;
import org.dialoguetracker.topic.TopicService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What organisers record of a meeting's discussion. A statement never leaves here with more attribution than
 * its meeting's rule: the form is refused with a message first, and the database trigger stays the last line.
 */
@Service
@Transactional
public class StatementEditing {

    private final StatementRepository statements;

    private final TopicService topics;

    StatementEditing(StatementRepository statements, TopicService topics) {
        this.statements = statements;
        this.topics = topics;
    }

    /** The attribution levels the meeting's rule allows, least disclosed first. */
    public static List<AttributionRule> allowedBy(AttributionRule rule) {
        return Arrays.stream(AttributionRule.values()).filter(rule::allows).toList();
    }

    @Transactional(readOnly = true)
    public StatementForm nextForm(Long meetingId, Long agendaItemId, StatementKind kind, StatementSide side) {
        Meeting meeting = meeting(meetingId);
        Long keptItem = agendaItemId == null ? null
                : statements.findAgendaItem(meetingId, agendaItemId).map(AgendaItem::getId).orElse(null);
        return StatementForm.next(keptItem, kind, side, meeting.getAttributionRule());
    }

    @Transactional(readOnly = true)
    public StatementForm editForm(Long meetingId, Long statementId) {
        return StatementForm.of(statement(meetingId, statementId));
    }

    /**
     * Who may be named as the speaker: the meeting's invitees who did not decline, and whoever a saved statement
     * already names ({@code keep}), so that editing it does not drop its speaker unnoticed.
     */
    @Transactional(readOnly = true)
    public List<Option> speakerOptions(Long meetingId, Long keep) {
        return possibleSpeakers(meetingId, keep).stream().map(StatementEditing::speakerOption).toList();
    }

    /**
     * Records the statement after the last one of the meeting, unless the form is refused: an attribution beyond the
     * meeting's rule, a session or speaker not of this meeting, a speaker for the other side, an unknown topic. Then
     * {@code errors} says why and nothing is recorded. What the form names is loaded once, for the checks and the save.
     *
     * @return the new statement's id, or null if the form was refused
     */
    public Long record(Long meetingId, StatementForm form, Errors errors) {
        Meeting meeting = meeting(meetingId);
        Choices choices = check(meeting, null, form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Statement statement = new Statement(meeting, null, statements.nextPosition(meetingId), form.kind(),
                form.side(), form.attribution(), null, Bilingual.EMPTY);
        statement.apply(form, choices.agendaItem(), choices.speaker(), choices.topics());
        return statements.save(statement).getId();
    }

    /**
     * Saves the corrected statement, unless the form is refused as {@link #record} refuses it (then {@code errors}
     * says why and nothing is saved) or was opened at an older version. Its saved speaker stays a possible one.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone saved it meanwhile
     */
    public void update(Long meetingId, Long statementId, StatementForm form, Errors errors) {
        Statement statement = statement(meetingId, statementId);
        Long savedSpeaker = statement.getSpeaker() == null ? null : statement.getSpeaker().getId();
        Choices choices = check(statement.getMeeting(), savedSpeaker, form, errors);
        if (errors.hasErrors()) {
            return;
        }
        Versions.check(Statement.class, statementId, statement.getVersion(), form.version());
        statement.apply(form, choices.agendaItem(), choices.speaker(), choices.topics());
    }

    /** Removes a statement; the database drops its links to topics and recommendations with it. */
    public void delete(Long meetingId, Long statementId) {
        statements.delete(statement(meetingId, statementId));
    }

    private Meeting meeting(Long meetingId) {
        return statements.findMeeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private Statement statement(Long meetingId, Long statementId) {
        return statements.findInMeeting(meetingId, statementId)
                .orElseThrow(() -> new NotFoundException("Statement", statementId));
    }

    private List<Participant> possibleSpeakers(Long meetingId, Long keep) {
        List<Participant> speakers = new ArrayList<>(
                statements.findPossibleSpeakers(meetingId, AttendanceStatus.DECLINED));
        if (keep != null && speakers.stream().noneMatch(p -> p.getId().equals(keep))) {
            statements.findParticipant(keep).ifPresent(speakers::add);
        }
        return speakers;
    }

    /**
     * Checks the form against its meeting (the rule, and that each choice belongs to this meeting) and returns what
     * it names, for the save to use.
     *
     * @param savedSpeaker the speaker the saved statement names, who stays a possible speaker
     */
    private Choices check(Meeting meeting, Long savedSpeaker, StatementForm form, Errors errors) {
        form.validate(errors);
        Long meetingId = meeting.getId();
        AttributionRule rule = meeting.getAttributionRule();
        // under NONE no reader but organisers learns the side, and it may go unrecorded; otherwise it is required
        if (form.side() == null && rule != AttributionRule.NONE) {
            errors.rejectValue("side", "statement.form.side.required");
        }
        if (form.attribution() != null && !rule.allows(form.attribution())) {
            errors.rejectValue("attribution", "statement.form.attribution.beyondRule",
                    new Object[] { Labels.of("attribution.", rule) }, null);
        }
        AgendaItem agendaItem = null;
        if (form.agendaItemId() != null) {
            agendaItem = statements.findAgendaItem(meetingId, form.agendaItemId()).orElse(null);
            if (agendaItem == null) {
                errors.rejectValue("agendaItemId", "statement.form.agendaItem.unknown");
            }
        }
        Participant speaker = null;
        if (form.speakerId() != null) {
            speaker = possibleSpeakers(meetingId, savedSpeaker).stream()
                    .filter(p -> p.getId().equals(form.speakerId())).findFirst().orElse(null);
            if (speaker == null) {
                errors.rejectValue("speakerId", "statement.form.speaker.unknown");
            }
            else if (form.side() != null && contradicts(speaker, form.side())) {
                errors.rejectValue("side", "statement.form.side.notSpeakers",
                        new Object[] { Labels.of("side.", speaker.getSide()) }, null);
            }
        }
        Set<Topic> chosenTopics = topics.findAll(form.topicIds());
        if (chosenTopics.size() != form.topicIds().size()) {
            errors.rejectValue("topicIds", "form.choice.unknown");
        }
        return new Choices(agendaItem, speaker, chosenTopics);
    }

    /** What a form's ids name: its session, its speaker and its topics. */
    private record Choices(AgendaItem agendaItem, Participant speaker, Set<Topic> topics) {
    }

    /** A UK participant cannot speak for the Russian side, nor the other way round. */
    private static boolean contradicts(Participant speaker, StatementSide side) {
        return side != StatementSide.BOTH && switch (speaker.getSide()) {
            case UK, RUSSIA -> !speaker.getSide().name().equals(side.name());
            default -> false;
        };
    }

    private static Option speakerOption(Participant participant) {
        Bilingual name = participant.getName();
        Bilingual institution = participant.getInstitution() == null ? null
                : participant.getInstitution().getLabel();
        return new Option(participant.getId(), new Bilingual(
                withInstitution(name.in("en"), institution == null ? null : institution.in("en")),
                withInstitution(name.in("ru"), institution == null ? null : institution.in("ru"))));
    }

    private static String withInstitution(String name, String institution) {
        return institution == null || institution.isEmpty() || Objects.equals(name, institution) ? name
                : name + " (" + institution + ")";
    }
}
