package org.dialoguetracker.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialoguetracker.account.User;
import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.meeting.Meeting;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Versions;
import org.dialoguetracker.shared.history.HistoryBatches;
import org.dialoguetracker.statement.Statement;
import org.dialoguetracker.topic.Topic;
import org.dialoguetracker.topic.TopicService;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What organisers change of a recommendation: its content, its status (with a note) and its archived flag. */
@Service
@Transactional
public class RecommendationEditing {

    private static final int OPTION_TEXT_LENGTH = 140;

    private final RecommendationRepository recommendations;

    private final StatusChangeRepository statusChanges;

    private final TopicService topics;

    private final Accounts users;

    private final MessageSource messages;

    private final Clock clock;

    private final StatusChangeBatch statusBatch;

    private final HistoryBatches history;

    RecommendationEditing(RecommendationRepository recommendations, StatusChangeRepository statusChanges,
            TopicService topics, Accounts users, MessageSource messages, Clock clock, StatusChangeBatch statusBatch,
            HistoryBatches history) {
        this.statusBatch = statusBatch;
        this.history = history;
        this.recommendations = recommendations;
        this.statusChanges = statusChanges;
        this.topics = topics;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /** A blank form for a recommendation of this meeting, with the next free reference in the dialogue's style. */
    @Transactional(readOnly = true)
    public RecommendationForm blankForm(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        String prefix = References.prefix(recommendations.findReferencesInDialogue(meeting.getDialogue().getId()));
        int year = meeting.getStartDate().getYear();
        List<String> taken = recommendations.findReferencesLike(References.likePattern(prefix, year));
        return RecommendationForm.blank(meetingId, References.next(prefix, year, taken));
    }

    @Transactional(readOnly = true)
    public RecommendationForm editForm(Long id) {
        return RecommendationForm.of(forEditing(id));
    }

    /** The meeting a recommendation is being recorded at, as the form's heading shows it. */
    @Transactional(readOnly = true)
    public Option meetingOption(Long meetingId) {
        return meetingOption(meeting(meetingId));
    }

    /** Every meeting, newest first, as choices of the meetings a recommendation comes from. */
    @Transactional(readOnly = true)
    public List<Option> meetingOptions() {
        return recommendations.findAllMeetings().stream().map(RecommendationEditing::meetingOption).toList();
    }

    /** The statements of these meetings, as choices of what a recommendation grew out of. */
    @Transactional(readOnly = true)
    public List<Option> statementOptions(Collection<Long> meetingIds) {
        List<Long> ids = meetingIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Statement> statements = recommendations.findStatementsOfMeetings(ids);
        boolean severalMeetings = statements.stream().map(s -> s.getMeeting().getId()).distinct().count() > 1;
        return statements.stream().map(statement -> statementOption(statement, severalMeetings)).toList();
    }

    /**
     * Checks what Bean Validation cannot: the title in one language at least, a reference nobody else has, and
     * choices that exist (statements among those of the chosen meetings).
     *
     * @param id the recommendation being edited, or null for a new one
     * @param originId the meeting a new recommendation is recorded at, or null when editing
     */
    @Transactional(readOnly = true)
    public void validate(RecommendationForm form, Long id, Long originId, Errors errors) {
        form.validate(errors);
        if (form.reference() != null && !errors.hasFieldErrors("reference")
                && (id == null ? recommendations.existsByReference(form.reference())
                        : recommendations.existsByReferenceAndIdNot(form.reference(), id))) {
            rejectTakenReference(form, errors);
        }
        Set<Long> meetingIds = meetingIds(form, originId);
        if (meetingIds.isEmpty()) {
            errors.rejectValue("meetingIds", "recommendation.form.meetings.required");
        }
        else if (recommendations.findMeetings(meetingIds).size() != meetingIds.size()) {
            errors.rejectValue("meetingIds", "form.choice.unknown");
        }
        if (topics.findAll(form.topicIds()).size() != new HashSet<>(form.topicIds()).size()) {
            errors.rejectValue("topicIds", "form.choice.unknown");
        }
        if (!form.statementIds().isEmpty() && !statementIdsOf(meetingIds).containsAll(form.statementIds())) {
            errors.rejectValue("statementIds", "recommendation.form.statements.notOfMeetings");
        }
    }

    /** The message next to the reference when another recommendation has it. */
    public static void rejectTakenReference(RecommendationForm form, Errors errors) {
        errors.rejectValue("reference", "recommendation.form.reference.taken", new Object[] { form.reference() },
                null);
    }

    /** True when saving failed because another recommendation took the same reference in the meantime. */
    public static boolean isReferenceClash(DataIntegrityViolationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && "recommendation_reference_uq".equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a recommendation made at this meeting (and perhaps at others), and starts its timeline: proposed,
     * recorded at the meeting, by this user.
     */
    public Long create(Long meetingId, RecommendationForm form, String username) {
        Meeting origin = meeting(meetingId);
        Recommendation recommendation = new Recommendation(form.reference(), Bilingual.EMPTY, Bilingual.EMPTY,
                form.addressedTo(), form.feasibility(), form.consensus());
        apply(recommendation, form, meetingIds(form, meetingId));
        recommendations.saveAndFlush(recommendation);
        // the note in both languages, each naming the meeting in its own
        String note = messages.getMessage("recommendation.created.note",
                new Object[] { origin.getTitle().in("en") }, java.util.Locale.ENGLISH);
        String noteRu = messages.getMessage("recommendation.created.note",
                new Object[] { origin.getTitle().in("ru") }, java.util.Locale.forLanguageTag("ru"));
        // proposed at the meeting: the first status takes effect when its earliest meeting began, today at the latest
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate proposedOn = recommendation.getMeetings().stream().map(Meeting::getStartDate)
                .filter(start -> start != null && !start.isAfter(today)).min(LocalDate::compareTo).orElse(today);
        statusChanges.save(new StatusChange(recommendation, null, RecommendationStatus.PROPOSED, now, proposedOn,
                note, noteRu, user(username)));
        return recommendation.getId();
    }

    public void update(Long id, RecommendationForm form) {
        Recommendation recommendation = forEditing(id);
        Versions.check(Recommendation.class, id, recommendation.getVersion(), form.version());
        apply(recommendation, form, meetingIds(form, null));
        recommendations.flush();
    }

    @Transactional(readOnly = true)
    public StatusChangeForm statusForm(Long id) {
        return StatusChangeForm.blank(recommendation(id), LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    }

    /** The status saved now, for the notice of a status change refused as stale. */
    @Transactional(readOnly = true)
    public StatusChangeForm savedStatus(Long id) {
        return StatusChangeForm.saved(recommendation(id));
    }

    /**
     * Moves the recommendation to the status of the form, if the lifecycle allows it from where it is now (a
     * stalled one resumes at the status it held before the stall), and appends the change to its timeline,
     * effective on the form's day (today when it gives none).
     *
     * @throws StatusChangeRefused if the lifecycle does not allow the move; nothing is saved
     * @throws EffectiveDateRefused if the day is after today, before the recommendation's first meeting began, or
     *         before the latest change took effect (the timeline would no longer follow from one step to the next);
     *         nothing is saved
     */
    public void changeStatus(Long id, StatusChangeForm form, String username) {
        Recommendation recommendation = recommendation(id);
        Versions.check(Recommendation.class, id, recommendation.getVersion(), form.version());
        RecommendationStatus from = recommendation.getStatus();
        List<StatusChange> timeline = recommendations.findTimeline(id);
        RecommendationStatus heldBeforeStall = RecommendationDetails.heldBeforeStall(timeline,
                StatusChange::getToStatus, StatusChange::getFromStatus);
        Instant now = Instant.now(clock);
        LocalDate latest = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).getEffectiveOn();
        LocalDate effectiveOn = checkChange(id, from, heldBeforeStall, latest, form, now);
        recommendation.moveTo(form.status());
        statusChanges.save(new StatusChange(recommendation, from, form.status(), now, effectiveOn,
                form.noteEnStripped(), form.noteRuStripped(), user(username)));
    }

    /**
     * Many status changes at once, each checked and recorded as {@link #changeStatus} checks and records one (the
     * version, the lifecycle, the day), but read and written a batch at a time: three queries to read where the
     * recommendations stand, three statements to write the changes, their timeline entries and their history
     * rows, under one revision of the transaction. For the bulk status update, whose thousands of lines one by one
     * cost about seven statements each. Nothing of the persistence context is read or updated: a caller holding
     * these recommendations as entities must let them go first.
     *
     * @param changes the form of each recommendation's change, by its id
     * @throws NotFoundException if a recommendation does not exist
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if a form's version is not the
     *         recommendation's, or one changed while being written
     * @throws StatusChangeRefused if the lifecycle does not allow a move
     * @throws EffectiveDateRefused if a day is refused, as for {@link #changeStatus}
     */
    public void changeStatuses(Map<Long, StatusChangeForm> changes, String username) {
        if (changes.isEmpty()) {
            return;
        }
        Map<Long, Object[]> states = new HashMap<>();
        recommendations.findStatuses(changes.keySet()).forEach(row -> states.put((Long) row[0], row));
        List<Long> stalled = states.values().stream().filter(row -> row[1] == RecommendationStatus.STALLED)
                .map(row -> (Long) row[0]).toList();
        Map<Long, RecommendationStatus> heldBeforeStall = new HashMap<>();
        if (!stalled.isEmpty()) {
            // in the order they took effect, so that the latest stall's origin is put last
            recommendations.findStallOrigins(stalled)
                    .forEach(row -> heldBeforeStall.put((Long) row[0], (RecommendationStatus) row[1]));
        }
        Map<Long, LocalDate> latest = new HashMap<>();
        recommendations.findLatestEffective(changes.keySet())
                .forEach(row -> latest.put((Long) row[0], (LocalDate) row[1]));
        Instant now = Instant.now(clock);
        List<StatusChangeBatch.Row> rows = new ArrayList<>(changes.size());
        changes.forEach((id, form) -> {
            Object[] state = states.get(id);
            if (state == null) {
                throw new NotFoundException("Recommendation", id);
            }
            Versions.check(Recommendation.class, id, (Long) state[2], form.version());
            RecommendationStatus from = (RecommendationStatus) state[1];
            LocalDate effectiveOn = checkChange(id, from, heldBeforeStall.get(id), latest.get(id), form, now);
            rows.add(new StatusChangeBatch.Row(id, (Long) state[2], from, form.status(), effectiveOn,
                    form.noteEnStripped(), form.noteRuStripped()));
        });
        User user = user(username);
        statusBatch.write(rows, now, user == null ? null : user.getId(),
                history.revision(username, Recommendation.class));
    }

    /**
     * The rules of a change of status: the lifecycle from where the recommendation is now (a stalled one resumes
     * at the status it held before the stall), and the day it takes effect (today when the form gives none).
     *
     * @param latest the day the latest change of its timeline took effect, null for none
     * @return the day the change takes effect
     */
    private LocalDate checkChange(Long id, RecommendationStatus from, RecommendationStatus heldBeforeStall,
            LocalDate latest, StatusChangeForm form, Instant now) {
        if (!from.canMoveTo(form.status(), heldBeforeStall)) {
            throw new StatusChangeRefused(from, form.status());
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate effectiveOn = form.effectiveOn() == null ? today : form.effectiveOn();
        if (effectiveOn.isAfter(today)) {
            throw new EffectiveDateRefused("recommendation.statusForm.effectiveOn.future", today);
        }
        // a change of today stands even for a meeting yet to begin, as its first status does (proposed today at the
        // latest); backdated, it cannot go before the meeting
        LocalDate firstMeeting = effectiveOn.isBefore(today)
                ? recommendations.findFirstMeetingStart(id).orElse(null) : null;
        if (firstMeeting != null && effectiveOn.isBefore(firstMeeting)) {
            throw new EffectiveDateRefused("recommendation.statusForm.effectiveOn.beforeMeeting", firstMeeting);
        }
        if (latest != null && effectiveOn.isBefore(latest)) {
            throw new EffectiveDateRefused("recommendation.statusForm.effectiveOn.beforeLatest", latest);
        }
        return effectiveOn;
    }

    /** Takes the recommendation out of lists; it stays readable by its address, with its history. */
    public void archive(Long id) {
        recommendation(id).setArchived(true);
    }

    public void unarchive(Long id) {
        recommendation(id).setArchived(false);
    }

    private void apply(Recommendation recommendation, RecommendationForm form, Set<Long> meetingIds) {
        Set<Topic> chosenTopics = topics.findAll(form.topicIds());
        Set<Meeting> chosenMeetings = new LinkedHashSet<>(recommendations.findMeetings(meetingIds));
        Set<Statement> chosenStatements = new LinkedHashSet<>();
        if (!form.statementIds().isEmpty()) {
            recommendations.findStatementsOfMeetings(meetingIds).stream()
                    .filter(statement -> form.statementIds().contains(statement.getId()))
                    .forEach(chosenStatements::add);
        }
        recommendation.apply(form, chosenTopics, chosenMeetings, chosenStatements);
    }

    /** The meetings of the form, and the meeting it is recorded at when that is given. */
    private static Set<Long> meetingIds(RecommendationForm form, Long originId) {
        Set<Long> ids = new LinkedHashSet<>();
        if (originId != null) {
            ids.add(originId);
        }
        form.meetingIds().stream().filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    private Set<Long> statementIdsOf(Set<Long> meetingIds) {
        Set<Long> ids = new HashSet<>();
        if (!meetingIds.isEmpty()) {
            recommendations.findStatementsOfMeetings(meetingIds).forEach(statement -> ids.add(statement.getId()));
        }
        return ids;
    }

    private User user(String username) {
        return users.byUsername(username).orElse(null);
    }

    private Meeting meeting(Long id) {
        return recommendations.findMeeting(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    private Recommendation recommendation(Long id) {
        return recommendations.findById(id).orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    private Recommendation forEditing(Long id) {
        return recommendations.findForEditing(id).orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    private static Option meetingOption(Meeting meeting) {
        Bilingual title = meeting.getTitle();
        String date = " · " + meeting.getStartDate();
        return new Option(meeting.getId(), new Bilingual(title.en() == null ? null : title.en() + date,
                title.ru() == null ? null : title.ru() + date));
    }

    private static Option statementOption(Statement statement, boolean withMeeting) {
        Bilingual text = statement.getText();
        Bilingual meeting = statement.getMeeting().getTitle();
        return new Option(statement.getId(), new Bilingual(
                label(text.en(), withMeeting ? meeting.in("en") : null),
                label(text.ru(), withMeeting ? meeting.in("ru") : null)));
    }

    private static String label(String text, String meeting) {
        if (text == null) {
            return null;
        }
        String shortened = text.length() > OPTION_TEXT_LENGTH ? text.substring(0, OPTION_TEXT_LENGTH - 1) + "…" : text;
        return meeting == null ? shortened : meeting + ": " + shortened;
    }
}
