package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.audit.HistoryEntry;
import org.dialoguetracker.audit.HistoryService;
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

    /** The statements of a meeting, the last recorded first: what the minute-taker sees under the form. */
    public List<StatementView> forMeetingNewestFirst(Long meetingId, Viewer viewer) {
        List<StatementView> recorded = new ArrayList<>(forMeeting(meetingId, viewer));
        Collections.reverse(recorded);
        return recorded;
    }

    /** The newest statements on any of these topics, at most {@code limit}. */
    public List<StatementView> forTopics(Collection<Long> topicIds, int limit, Viewer viewer) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return byIds(statements.findIdsForTopics(topicIds, Limit.of(limit)), viewer);
    }

    /** Every saved change to the statements of a meeting, newest first. */
    public List<HistoryEntry> history(Long meetingId) {
        return history.of(Statement.class, AuditEntity.relatedId("meeting").eq(meetingId), StatementHistory.DESCRIBER);
    }

    public List<StatementView> byIds(Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return AttributionPolicy.view(statements.findAllWithAttribution(ids), viewer);
    }
}
