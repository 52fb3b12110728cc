package org.dialoguetracker.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpForm;
import org.dialoguetracker.recommendation.RecommendationEditing;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationState;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.recommendation.StatusChangeForm;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.Labels;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.dialoguetracker.imports.StatusCsv.FOLLOW_UP;
import static org.dialoguetracker.imports.StatusCsv.FOLLOW_UP_DUE;
import static org.dialoguetracker.imports.StatusCsv.FOLLOW_UP_RU;
import static org.dialoguetracker.imports.StatusCsv.NOTE;
import static org.dialoguetracker.imports.StatusCsv.REFERENCE;
import static org.dialoguetracker.imports.StatusCsv.STATUS;

/**
 * The bulk status update: a CSV file in the export's format moves many recommendations along their lifecycle and
 * adds follow-up actions. The preview works out every line's change or problem and writes nothing; applying
 * writes every change in one transaction, by the same rules as the status and follow-up forms, or none.
 */
@Service
public class BulkStatusUpdate {

    /** The columns of the file that correspond to the fields of the forms whose rules a line must meet. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("note", NOTE, "descriptionEn", FOLLOW_UP,
            "descriptionRu", FOLLOW_UP_RU, "dueDate", FOLLOW_UP_DUE);

    /** The other lines with the same reference that a line's problem names; the rest are counted. */
    static final int DUPLICATES_NAMED = 5;

    /**
     * Lines written a batch at a time: each batch is read in three queries and written in five statements, whatever
     * its size; 1,000 keeps the arrays each statement takes to some hundred kilobytes.
     */
    private static final int BATCH = 1_000;

    private final RecommendationService recommendations;

    private final RecommendationEditing editing;

    private final FollowUpEditing followUps;

    private final SpringValidatorAdapter validator;

    private final MessageSource messages;

    private final StatusNames statusNames;

    private final EntityManager entityManager;

    private final DataVersions dataVersions;

    private final Clock clock;

    BulkStatusUpdate(RecommendationService recommendations, RecommendationEditing editing, FollowUpEditing followUps,
            Validator validator, MessageSource messages, EntityManager entityManager, DataVersions dataVersions,
            Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
        this.dataVersions = dataVersions;
        this.entityManager = entityManager;
        this.editing = editing;
        this.followUps = followUps;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.statusNames = new StatusNames(messages);
    }

    /**
     * Reads the file and works out what each line would change, or what is wrong with it. Nothing is written.
     *
     * @throws ImportRefused if the file cannot be read at all
     */
    @Transactional(readOnly = true)
    public ImportPlan preview(String fileName, byte[] content) {
        List<CsvLine> lines = StatusCsv.read(content);
        Map<String, List<Integer>> linesByReference = lines.stream()
                .filter(line -> !line.get(REFERENCE).isEmpty())
                .collect(Collectors.groupingBy(line -> line.get(REFERENCE), HashMap::new,
                        Collectors.mapping(CsvLine::line, Collectors.toList())));
        Map<String, RecommendationState> states = recommendations.statesByReference(linesByReference.keySet());
        String defaultNote = messages.getMessage("imports.defaultNote", new Object[] { fileName },
                LocaleContextHolder.getLocale());
        List<PlannedRow> rows = lines.stream()
                .map(line -> plan(line, states, linesByReference, defaultNote))
                .toList();
        return new ImportPlan(UUID.randomUUID().toString(), fileName, rows);
    }

    /**
     * Applies a plan without problems, all or nothing: every recommendation must still be as the preview found it;
     * then each status change is appended to its timeline, by this user with the line's note, and each follow-up
     * action added.
     *
     * @throws ImportStale if a recommendation changed since the preview; nothing is saved
     */
    @Transactional
    public ImportResult apply(ImportPlan plan, String username) {
        if (!plan.canApply()) {
            throw new IllegalArgumentException("A plan with errors, or without changes, is not applied");
        }
        Map<String, RecommendationState> now = recommendations.statesByReference(
                plan.rows().stream().map(PlannedRow::reference).toList());
        for (PlannedRow row : plan.rows()) {
            RecommendationState state = now.get(row.reference());
            if (state == null || state.archived() || state.version() != row.version()
                    || state.status() != row.current()) {
                throw new ImportStale(row.line(), row.reference());
            }
        }
        // Written a batch at a time, set-based: a batch's status changes in a few statements (their recommendations,
        // timeline entries and history rows), then its follow-up actions in two, all under the transaction's one
        // revision, with the same rules as the forms. Nothing goes through the persistence context, which must not
        // hold these recommendations as they were.
        entityManager.flush();
        entityManager.clear();
        dataVersions.holdUntilCommit();
        List<PlannedRow> writing = plan.rows().stream().filter(row -> row.changesStatus() || row.addsFollowUp())
                .toList();
        for (int from = 0; from < writing.size(); from += BATCH) {
            List<PlannedRow> batch = writing.subList(from, Math.min(from + BATCH, writing.size()));
            Map<Long, StatusChangeForm> changes = new LinkedHashMap<>();
            List<FollowUpEditing.NewAction> actions = new ArrayList<>();
            for (PlannedRow row : batch) {
                if (row.changesStatus()) {
                    changes.put(row.recommendationId(), statusChange(row.target(), row.note(), row.version()));
                }
                if (row.addsFollowUp()) {
                    actions.add(new FollowUpEditing.NewAction(row.recommendationId(), row.followUp().form()));
                }
            }
            editing.changeStatuses(changes, username);
            followUps.createAll(actions, username);
        }
        return new ImportResult(plan.fileName(), plan.statusChanges(), plan.followUps(), plan.unchanged());
    }

    private PlannedRow plan(CsvLine line, Map<String, RecommendationState> states,
            Map<String, List<Integer>> linesByReference, String defaultNote) {
        List<DefaultMessageSourceResolvable> problems = new ArrayList<>();
        String reference = line.get(REFERENCE);
        RecommendationState state = reference.isEmpty() ? null : states.get(reference);
        if (reference.isEmpty()) {
            problems.add(problem("imports.row.reference.missing"));
        }
        else if (state == null) {
            problems.add(problem("imports.row.reference.unknown", reference));
        }
        else if (state.archived()) {
            problems.add(problem("imports.row.archived"));
        }
        List<Integer> sameReference = reference.isEmpty() ? List.of() : linesByReference.get(reference);
        if (sameReference.size() > 1) {
            // a few of the other lines and how many more: a file naming one reference on every line would otherwise
            // list every line on every line, and the plan would grow with the square of the file
            List<Integer> others = sameReference.stream().filter(other -> other != line.line())
                    .limit(DUPLICATES_NAMED).toList();
            problems.add(problem("imports.row.reference.duplicate",
                    others.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    sameReference.size() - 1 - others.size()));
        }

        String statusCell = line.get(STATUS);
        RecommendationStatus target = statusCell.isEmpty() ? null : statusNames.find(statusCell).orElse(null);
        if (statusCell.isEmpty()) {
            problems.add(problem("imports.row.status.missing"));
        }
        else if (target == null) {
            problems.add(problem("imports.row.status.unknown", statusCell));
        }
        RecommendationStatus current = state == null ? null : state.status();
        String note = line.get(NOTE).isEmpty() ? defaultNote : line.get(NOTE);
        if (current != null && target != null && target != current) {
            if (!state.canMoveTo(target)) {
                problems.add(refusedMove(state, target));
            }
            StatusChangeForm change = statusChange(target, note, state.version());
            check(change, change::validate, problems);
        }

        PlannedFollowUp followUp = followUp(line, problems);
        return new PlannedRow(line.line(), reference, state == null ? null : state.id(),
                state == null ? 0 : state.version(), current, statusCell, target, note, followUp, problems);
    }

    /** The follow-up action of the line, if it has one, checked by the rules of the follow-up form. */
    private PlannedFollowUp followUp(CsvLine line, List<DefaultMessageSourceResolvable> problems) {
        String en = line.get(FOLLOW_UP);
        String ru = line.get(FOLLOW_UP_RU);
        String due = line.get(FOLLOW_UP_DUE);
        if (en.isEmpty() && ru.isEmpty() && due.isEmpty()) {
            return null;
        }
        PlannedFollowUp followUp = new PlannedFollowUp(en.isEmpty() ? null : en, ru.isEmpty() ? null : ru,
                dueDate(due).orElse(null));
        if (!due.isEmpty() && followUp.dueDate() == null) {
            problems.add(problem("imports.row.followUpDue.invalid", due));
        }
        FollowUpForm form = followUp.form();
        check(form, form::validate, problems);
        return followUp;
    }

    private static Optional<LocalDate> dueDate(String cell) {
        try {
            return cell.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(cell));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** The form's Bean Validation constraints and its own cross-field rules, each problem named by its column. */
    private void check(Object form, Consumer<Errors> rules,
            List<DefaultMessageSourceResolvable> problems) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        if (rules != null) {
            rules.accept(errors);
        }
        for (FieldError error : errors.getFieldErrors()) {
            problems.add(problem("imports.row.inColumn", COLUMN_OF_FIELD.getOrDefault(error.getField(),
                    error.getField()), new DefaultMessageSourceResolvable(error.getCodes(), error.getArguments(),
                    error.getDefaultMessage())));
        }
    }

    private static DefaultMessageSourceResolvable refusedMove(RecommendationState state, RecommendationStatus to) {
        RecommendationStatus from = state.status();
        if (state.allowedNext().isEmpty()) {
            return problem("imports.row.status.final", Labels.of("recommendation.status.", from));
        }
        return problem("imports.row.status.refused", Labels.of("recommendation.status.", from),
                Labels.of("recommendation.status.", to), state.allowedNext().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }

    /** A change of the file takes effect on the day it is applied, with its note in English. */
    private StatusChangeForm statusChange(RecommendationStatus target, String note, long version) {
        return StatusChangeForm.today(target, note, LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC), version);
    }

    private static DefaultMessageSourceResolvable problem(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
    }
}
