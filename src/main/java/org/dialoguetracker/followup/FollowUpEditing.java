package org.dialoguetracker.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.participant.Participant;
import org.dialoguetracker.recommendation.Recommendation;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Versions;
import org.dialoguetracker.shared.history.HistoryBatches;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What organisers do with follow-up actions: add, edit, complete and cancel them. */
@Service
@Transactional
public class FollowUpEditing {

    private final FollowUpRepository followUps;

    private final InstitutionService institutions;

    private final Clock clock;

    private final FollowUpBatch batch;

    private final HistoryBatches history;

    FollowUpEditing(FollowUpRepository followUps, InstitutionService institutions, Clock clock, FollowUpBatch batch,
            HistoryBatches history) {
        this.batch = batch;
        this.history = history;
        this.followUps = followUps;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** Every participant as a possible owner, by name, with their institution to tell namesakes apart. */
    @Transactional(readOnly = true)
    public List<Option> participantOptions() {
        return followUps.findOwnerCandidates().stream().map(FollowUpEditing::participantOption).toList();
    }

    @Transactional(readOnly = true)
    public FollowUpForm editForm(Long id) {
        return FollowUpForm.of(action(id));
    }

    /** Checks what Bean Validation cannot: a description in one language, one owner at most, owners that exist. */
    @Transactional(readOnly = true)
    public void validate(FollowUpForm form, Errors errors) {
        form.validate(errors);
        if (form.ownerParticipantId() != null && followUps.findParticipant(form.ownerParticipantId()).isEmpty()) {
            errors.rejectValue("ownerParticipantId", "form.choice.unknown");
        }
        if (form.ownerInstitutionId() != null && institutions.find(form.ownerInstitutionId()).isEmpty()) {
            errors.rejectValue("ownerInstitutionId", "form.choice.unknown");
        }
    }

    public Long create(Long recommendationId, FollowUpForm form) {
        Recommendation recommendation = followUps.findRecommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("Recommendation", recommendationId));
        FollowUpAction action = new FollowUpAction(recommendation, Bilingual.EMPTY, form.dueDate());
        action.apply(form, participant(form), institution(form));
        return followUps.save(action).getId();
    }

    /** A follow-up action to add to a recommendation, for {@link #createAll}. */
    public record NewAction(Long recommendationId, FollowUpForm form) {
    }

    /**
     * Adds many follow-up actions at once, each as {@link #create} makes one from its form, but written in two
     * statements with their history rows under the transaction's revision (for the bulk status update, which adds
     * thousands). The forms are checked by the caller, as {@link #create}'s are.
     *
     * @param username who adds them, for the history
     * @return the new actions' ids
     * @throws NotFoundException if a recommendation does not exist; nothing is written
     */
    public List<Long> createAll(List<NewAction> actions, String username) {
        if (actions.isEmpty()) {
            return List.of();
        }
        List<FollowUpAction> built = new ArrayList<>(actions.size());
        for (NewAction added : actions) {
            // built as create builds it, only not saved: the batch writes what the entity holds
            FollowUpAction action = new FollowUpAction(null, Bilingual.EMPTY, added.form().dueDate());
            action.apply(added.form(), participant(added.form()), institution(added.form()));
            built.add(action);
        }
        List<Long> recommendationIds = actions.stream().map(NewAction::recommendationId).toList();
        List<Long> ids = batch.insert(built, recommendationIds,
                history.revision(username, FollowUpAction.class));
        if (ids.size() != actions.size()) {
            Long missing = recommendationIds.stream()
                    .filter(id -> followUps.findRecommendation(id).isEmpty()).findFirst().orElse(null);
            throw new NotFoundException("Recommendation", missing);
        }
        return ids;
    }

    /** @return the recommendation the action belongs to */
    public Long update(Long id, FollowUpForm form) {
        FollowUpAction action = action(id);
        Versions.check(FollowUpAction.class, id, action.getVersion(), form.version());
        action.apply(form, participant(form), institution(form));
        return action.getRecommendation().getId();
    }

    @Transactional(readOnly = true)
    public CompletionForm completionForm(Long id) {
        return CompletionForm.blank(action(id), LocalDate.now(clock));
    }

    /** The saved state of the action, for the conflict notice of a completion based on an older version. */
    @Transactional(readOnly = true)
    public CompletionForm savedCompletion(Long id) {
        return CompletionForm.saved(action(id));
    }

    /** A completion cannot be dated in the future. */
    @Transactional(readOnly = true)
    public void validate(CompletionForm form, Errors errors) {
        if (form.completedOn() != null && form.completedOn().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("completedOn", "followUp.completion.date.future");
        }
    }

    /**
     * Marks the action done.
     *
     * @throws FollowUpClosed if it is done or cancelled already; nothing is saved
     */
    public Long complete(Long id, CompletionForm form) {
        FollowUpAction action = action(id);
        Versions.check(FollowUpAction.class, id, action.getVersion(), form.version());
        requireOpen(action);
        action.complete(form.completedOn(), form.completionNote());
        return action.getRecommendation().getId();
    }

    @Transactional(readOnly = true)
    public CancellationForm cancellationForm(Long id) {
        return CancellationForm.blank(action(id));
    }

    @Transactional(readOnly = true)
    public CancellationForm savedCancellation(Long id) {
        return CancellationForm.saved(action(id));
    }

    /** @throws FollowUpClosed if it is done or cancelled already; nothing is saved */
    public Long cancel(Long id, CancellationForm form) {
        FollowUpAction action = action(id);
        Versions.check(FollowUpAction.class, id, action.getVersion(), form.version());
        requireOpen(action);
        action.cancel(form.note());
        return action.getRecommendation().getId();
    }

    private static void requireOpen(FollowUpAction action) {
        if (!action.getStatus().isOpen()) {
            throw new FollowUpClosed(action.getStatus());
        }
    }

    private Participant participant(FollowUpForm form) {
        return form.ownerParticipantId() == null ? null
                : followUps.findParticipant(form.ownerParticipantId()).orElseThrow();
    }

    private Institution institution(FollowUpForm form) {
        return institutions.find(form.ownerInstitutionId()).orElse(null);
    }

    private FollowUpAction action(Long id) {
        return followUps.findById(id).orElseThrow(() -> new NotFoundException("Follow-up action", id));
    }

    private static Option participantOption(Participant participant) {
        Bilingual name = participant.getName();
        Institution institution = participant.getInstitution();
        if (institution == null) {
            return new Option(participant.getId(), name);
        }
        Bilingual of = institution.getLabel();
        return new Option(participant.getId(), new Bilingual(
                name.in("en") + " (" + of.in("en") + ")",
                name.in("ru") + " (" + of.in("ru") + ")"));
    }
}
