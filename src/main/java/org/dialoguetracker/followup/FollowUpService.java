package org.dialoguetracker.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Predicate;
import org.dialoguetracker.shared.CountedIds;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.DataVersions.Counter;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.history.HistoryEntry;
import org.dialoguetracker.shared.history.HistoryService;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final FollowUpRepository followUps;

    private final HistoryService history;

    private final Clock clock;

    private final RoundFollowUps roundFollowUps;

    private final DataVersions dataVersions;

    FollowUpService(FollowUpRepository followUps, HistoryService history, Clock clock, RoundFollowUps roundFollowUps,
            DataVersions dataVersions) {
        this.followUps = followUps;
        this.roundFollowUps = roundFollowUps;
        this.dataVersions = dataVersions;
        this.history = history;
        this.clock = clock;
    }

    public List<FollowUpView> forRecommendation(Long recommendationId, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return followUps.findForRecommendation(recommendationId).stream()
                .map(action -> FollowUpView.of(action, today, viewer)).toList();
    }

    public FollowUpView view(Long id, Viewer viewer) {
        return followUps.findWithOwners(id).map(action -> FollowUpView.of(action, LocalDate.now(clock), viewer))
                .orElseThrow(() -> new NotFoundException("Follow-up action", id));
    }

    /**
     * One page of the actions of the recommendations still in the lists: open ones first, soonest due first.
     *
     * @param status one status, or null for any
     * @param overdue only the open ones past their due date
     */
    public Page<FollowUpView> list(FollowUpStatus status, boolean overdue, int page, int size, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return followUps.findAll(filter(status, overdue, today), PageRequest.of(page, size))
                .map(action -> FollowUpView.of(action, today, viewer));
    }

    /** The open actions past their due date on this day, longest overdue first. */
    public List<FollowUpView> overdue(LocalDate today, int limit, Viewer viewer) {
        return followUps.findOverdue(today, Limit.of(limit)).stream()
                .map(action -> FollowUpView.of(action, today, viewer)).toList();
    }

    /**
     * The actions completed from {@code from} until the day before {@code before}, of the live recommendations made
     * at these rounds (a dialogue's rounds that began before {@code before}), in the order they were done: the first
     * page or all of them, with how many there are. Which they are is kept by data version ({@link RoundFollowUps}).
     */
    public Page<FollowUpView> doneOfRounds(Collection<Long> meetingIds, LocalDate from, LocalDate before,
            Pageable pageable, Viewer viewer) {
        if (meetingIds.isEmpty()) {
            return Page.empty(pageable);
        }
        long[] versions = dataVersions.now(Counter.FOLLOW_UPS, Counter.RECOMMENDATIONS);
        return views(roundFollowUps.done(versions[0], versions[1], List.copyOf(meetingIds), from, before,
                CountedIds.limit(pageable)).page(pageable), viewer);
    }

    /**
     * The open actions past their due date today, of the live recommendations made at these rounds, longest overdue
     * first: the first page or all of them, with how many there are.
     */
    public Page<FollowUpView> overdueOfRounds(Collection<Long> meetingIds, Pageable pageable, Viewer viewer) {
        if (meetingIds.isEmpty()) {
            return Page.empty(pageable);
        }
        LocalDate today = LocalDate.now(clock);
        long[] versions = dataVersions.now(Counter.FOLLOW_UPS, Counter.RECOMMENDATIONS);
        return views(roundFollowUps.overdue(versions[0], versions[1], List.copyOf(meetingIds), today,
                CountedIds.limit(pageable)).page(pageable), viewer);
    }

    /** The actions completed on or after {@code from}, newest first, as the viewer may see them. */
    public List<FollowUpView> completedSince(LocalDate from, int limit, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return followUps.findCompletedSince(from, Limit.of(limit)).stream()
                .map(action -> FollowUpView.of(action, today, viewer)).toList();
    }

    /** The actions of a page of ids, with their owners, in the ids' order. */
    private Page<FollowUpView> views(Page<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return new PageImpl<>(List.of(), ids.getPageable(), ids.getTotalElements());
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, FollowUpAction> actions = new HashMap<>();
        followUps.findAllWithOwners(ids.getContent()).forEach(action -> actions.put(action.getId(), action));
        return new PageImpl<>(ids.stream().map(actions::get).filter(Objects::nonNull)
                .map(action -> FollowUpView.of(action, today, viewer)).toList(), ids.getPageable(),
                ids.getTotalElements());
    }

    /**
     * The open actions whose owner is a participant with an e-mail address and that are due within
     * {@code daysAhead} days of {@code today} or overdue: what the reminders are about. For the notification module,
     * which mails the owner (organisers' business: the owner's name and address are in it).
     */
    public List<FollowUpReminder> dueForReminders(LocalDate today, int daysAhead) {
        return followUps.findForReminders(today.plusDays(daysAhead)).stream()
                .map(action -> FollowUpReminder.of(action, today)).toList();
    }

    /** Every saved change to the follow-up actions of a recommendation, newest first. */
    public List<HistoryEntry> history(Long recommendationId) {
        return history.of(FollowUpAction.class, AuditEntity.relatedId("recommendation").eq(recommendationId),
                FollowUpHistory.DESCRIBER);
    }

    private static Specification<FollowUpAction> filter(FollowUpStatus status, boolean overdue, LocalDate today) {
        return (root, query, cb) -> {
            var state = root.<FollowUpStatus>get("status");
            var open = state.in(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS);
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(cb.isFalse(root.get("recommendation").get("archived")));
            if (status != null) {
                conditions.add(cb.equal(state, status));
            }
            if (overdue) {
                conditions.add(open);
                conditions.add(cb.lessThan(root.get("dueDate"), today));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(cb.asc(cb.selectCase().when(open, 0).otherwise(1)),
                        cb.asc(root.get("dueDate"), Nulls.LAST), cb.asc(root.get("id")));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
