package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.history.HistoryEntry;
import org.dialoguetracker.shared.history.HistoryService;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Statements for reading, always passed through the {@link AttributionPolicy} for the reader at hand. */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;

    private final HistoryService history;

    StatementService(StatementRepository statements, HistoryService history) {
        this.statements = statements;
        this.history = history;
    }

    public List<StatementView> forMeeting(Long meetingId, Viewer viewer) {
        return AttributionPolicy.view(statements.findForMeeting(meetingId), viewer);
    }

    /**
     * The key points of a meeting for its page: the first {@code perSession} statements of each agenda session and
     * of those outside any session, in the order they were recorded, with how many each holds, and all of the part
     * named by {@code full}. A session of another meeting in {@code full} changes nothing. Two queries whatever the
     * meeting's size: the ids with the counts per session, then those statements with what the
     * {@link AttributionPolicy} needs (none when the meeting has no statement).
     */
    public KeyPoints keyPoints(Long meetingId, KeyPoints.Full full, int perSession, Viewer viewer) {
        List<StatementRepository.SessionRow> rows = statements.findFirstOfEachSession(meetingId, perSession,
                full.agendaItemId() == null ? -1 : full.agendaItemId(), full.outsideSessions());
        List<Long> ids = rows.stream().map(StatementRepository.SessionRow::getId).toList();
        Map<Long, StatementView> views = ids.isEmpty() ? Map.of()
                : AttributionPolicy.viewRows(statements.findRows(meetingId, ids), viewer).stream()
                        .collect(Collectors.toMap(StatementView::id, Function.identity()));
        Map<Long, List<StatementView>> shown = new HashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        for (StatementRepository.SessionRow row : rows) {
            // a statement deleted between the two queries is left out
            StatementView view = views.get(row.getId());
            if (view != null) {
                shown.computeIfAbsent(row.getAgendaItemId(), session -> new ArrayList<>()).add(view);
            }
            totals.put(row.getAgendaItemId(), row.getTotal());
        }
        Map<Long, KeyPoints.Part> sessions = new HashMap<>();
        KeyPoints.Part outside = KeyPoints.NONE;
        for (Map.Entry<Long, Long> total : totals.entrySet()) {
            Long session = total.getKey();
            KeyPoints.Part part = new KeyPoints.Part(List.copyOf(shown.getOrDefault(session, List.of())),
                    total.getValue(), full.covers(session) && total.getValue() > perSession);
            if (session == null) {
                outside = part;
            } else {
                sessions.put(session, part);
            }
        }
        return new KeyPoints(Map.copyOf(sessions), outside);
    }

    /**
     * The last {@code limit} statements of a meeting, the last recorded first, and how many it holds: what the
     * minute-taker sees under the form. Two queries whatever the meeting's size (one when it has none): a meeting
     * of hundreds of statements is not loaded and rendered whole after every statement recorded.
     */
    public LatestStatements latestOfMeeting(Long meetingId, int limit, Viewer viewer) {
        List<StatementRepository.LatestRow> rows = statements.findLatest(meetingId, limit);
        if (rows.isEmpty()) {
            return new LatestStatements(List.of(), 0);
        }
        List<Long> ids = rows.stream().map(StatementRepository.LatestRow::getId).toList();
        Map<Long, StatementView> views = AttributionPolicy.viewRows(statements.findRows(meetingId, ids),
                viewer).stream().collect(Collectors.toMap(StatementView::id, Function.identity()));
        // a statement deleted between the two queries is left out
        return new LatestStatements(ids.stream().map(views::get).filter(Objects::nonNull).toList(),
                rows.get(0).getTotal());
    }

    /** The newest statements on any of these topics, at most {@code limit}. */
    public List<StatementView> forTopics(Collection<Long> topicIds, int limit, Viewer viewer) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return byIds(statements.findIdsForTopics(topicIds, Limit.of(limit)), viewer);
    }

    /**
     * The statements of these meetings, of these kinds, on any of these topics, as this reader may see them: round
     * by round, the oldest first, each round's in the order recorded. One query whatever their number.
     */
    public List<StatementView> onTopicsInMeetings(Collection<Long> meetingIds, Collection<StatementKind> kinds,
            Collection<Long> topicIds, Viewer viewer) {
        if (meetingIds.isEmpty() || kinds.isEmpty() || topicIds.isEmpty()) {
            return List.of();
        }
        return AttributionPolicy.view(statements.findOnTopicsInMeetings(meetingIds, kinds, topicIds), viewer);
    }

    /** Every saved change to the statements of a meeting, newest first. */
    public List<HistoryEntry> history(Long meetingId) {
        return history.of(Statement.class, AuditEntity.relatedId("meeting").eq(meetingId), StatementHistory.DESCRIBER);
    }

    public List<StatementView> byIds(Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return AttributionPolicy.viewRows(statements.findRows(ids), viewer);
    }
}
