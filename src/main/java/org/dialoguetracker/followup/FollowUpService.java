package org.dialoguetracker.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.account.Viewer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final FollowUpRepository followUps;

    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    public List<FollowUpView> forRecommendation(Long recommendationId, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return followUps.findForRecommendation(recommendationId).stream()
                .map(action -> FollowUpView.of(action, today, viewer)).toList();
    }

    /** The open actions past their due date, longest overdue first. */
    public List<FollowUpView> overdue(int limit, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        return followUps.findOverdue(today, Limit.of(limit)).stream()
                .map(action -> FollowUpView.of(action, today, viewer)).toList();
    }

    public long countOverdue() {
        return followUps.countOverdue(LocalDate.now(clock));
    }

    public long countOpen() {
        return followUps.countOpen();
    }
}
