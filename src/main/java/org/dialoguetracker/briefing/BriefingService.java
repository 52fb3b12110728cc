package org.dialoguetracker.briefing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.analysis.PositionsService;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the briefing together from the modules' APIs, in one read-only transaction and a bounded number of SQL
 * statements whatever the size of the data (about a dozen: each part is one query). The statements reach it only
 * through {@link PositionsService}, so within the attribution rule; the follow-ups' owners through
 * {@link FollowUpService}, so a person's name for organisers and admins only.
 */
@Service
@Transactional(readOnly = true)
public class BriefingService {

    /** How many rows of each list the web page shows. */
    public static final int PAGE_ROWS = 25;

    private final MeetingService meetings;

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final PositionsService positions;

    private final Clock clock;

    BriefingService(MeetingService meetings, RecommendationService recommendations, FollowUpService followUps,
            PositionsService positions, Clock clock) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.positions = positions;
        this.clock = clock;
    }

    /**
     * The briefing before this meeting. The period is from the start of the previous round of its dialogue until
     * the start of this one; the first round has none, and its briefing lists only what is still open.
     *
     * @throws org.dialoguetracker.shared.NotFoundException for an id that names no meeting
     */
    public Briefing before(Long meetingId, Viewer viewer) {
        return before(meetingId, Pageable.unpaged(), viewer);
    }

    /**
     * The briefing as the web page shows it: the first {@link #PAGE_ROWS} of each list (status changes, follow-ups
     * done and overdue, recommendations still open) with how many there are. Before a late round of a long dialogue
     * those lists run to a thousand rows and more (2.4 MB of page on the bench data), which nobody reads on screen
     * and which cost seconds to load and render; the PDF lists them all.
     */
    public Briefing firstRowsBefore(Long meetingId, Viewer viewer) {
        return before(meetingId, PageRequest.of(0, PAGE_ROWS), viewer);
    }

    private Briefing before(Long meetingId, Pageable rows, Viewer viewer) {
        MeetingDetails meeting = meetings.details(meetingId);
        LocalDate start = meeting.startDate();
        // the earlier rounds of the dialogue, once: each list joins their ids instead of searching them again. The
        // previous round is the latest of them (a round of the same day with a smaller id counts as earlier); the
        // lists take those that began before this one's first day.
        List<MeetingRef> rounds = meetings.earlierRounds(meetingId);
        MeetingRef previous = rounds.isEmpty() ? null : rounds.get(0);
        List<Long> earlier = rounds.stream().filter(round -> round.startDate().isBefore(start)).map(MeetingRef::id)
                .sorted().toList();
        return new Briefing(meeting, previous, LocalDate.now(clock),
                previous == null ? Page.empty(rows)
                        : recommendations.statusChangesOfRounds(earlier, previous.startDate(), start, rows),
                previous == null ? Page.empty(rows)
                        : followUps.doneOfRounds(earlier, previous.startDate(), start, rows, viewer),
                followUps.overdueOfRounds(earlier, rows, viewer),
                recommendations.stillOpenOfRounds(earlier, rows),
                positions.latestIn(earlier, viewer));
    }
}
