package org.dialoguetracker.recommendation;

import java.util.Comparator;
import java.util.Set;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.CountedIds;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RecommendationService {

    /** References asked for per query, well below PostgreSQL's limit on the parameters of one statement. */
    private static final int REFERENCES_PER_QUERY = 1000;

    private final RecommendationRepository recommendations;

    private final RoundRecommendations roundRecommendations;

    private final DataVersions dataVersions;

    private final RecommendationSearch search;

    RecommendationService(RecommendationRepository recommendations, RoundRecommendations roundRecommendations,
            DataVersions dataVersions, RecommendationSearch search) {
        this.recommendations = recommendations;
        this.roundRecommendations = roundRecommendations;
        this.dataVersions = dataVersions;
        this.search = search;
    }

    public RecommendationDetails details(Long id) {
        Recommendation recommendation = recommendations.findDetails(id)
                .orElseThrow(() -> new NotFoundException("Recommendation", id));
        List<RecommendationDetails.TimelineEntry> timeline = recommendations.findTimeline(id).stream()
                .map(change -> new RecommendationDetails.TimelineEntry(change.getEffectiveOn(),
                        change.getChangedAt(), change.getFromStatus(), change.getToStatus(),
                        new Bilingual(change.getNote(), change.getNoteRu()),
                        change.getChangedBy() == null ? null : change.getChangedBy().getDisplayName()))
                .toList();
        return new RecommendationDetails(RecommendationSummary.of(recommendation), recommendation.getText(),
                recommendation.isArchived(), timeline, recommendations.findStatementIds(id));
    }

    /** The recommendations made since {@code since}, newest first (the weekly digest). */
    public List<RecommendationSummary> createdSince(java.time.Instant since, int limit) {
        return recommendations.findCreatedSince(since, org.springframework.data.domain.Limit.of(limit)).stream()
                .map(RecommendationSummary::of).toList();
    }

    /**
     * The changes of status made since {@code since}, newest first (the weekly digest): which recommendation, from
     * which status to which, and when; not who made them.
     */
    public List<RecentStatusChange> statusChangesSince(java.time.Instant since, int limit) {
        return recommendations.findStatusChangesSince(since, org.springframework.data.domain.Limit.of(limit)).stream()
                .map(change -> new RecentStatusChange(change.getRecommendation().getId(),
                        change.getRecommendation().getReference(), change.getRecommendation().getTitle(),
                        change.getFromStatus(), change.getToStatus(), change.getChangedAt()))
                .toList();
    }

    /** The recommendation as the headings of its forms show it. */
    public RecommendationSummary summary(Long id) {
        return recommendations.findDetails(id).map(RecommendationSummary::of)
                .orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    /**
     * The changes of status that took effect from {@code from} until the day before {@code before}, of the live
     * recommendations made at these rounds (a dialogue's rounds that began before {@code before}), in the order they
     * took effect; the first status of each ("proposed", when it was made) is not a change. The first page or all of
     * them, with how many there are: two statements, the ids with their window count, then those rows.
     */
    public Page<StatusStep> statusChangesOfRounds(Collection<Long> meetingIds, LocalDate from, LocalDate before,
            Pageable pageable) {
        if (meetingIds.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<Long> ids = CountedIds.of(recommendations.findStatusStepIds(meetingIds, from, before,
                CountedIds.limit(pageable))).page(pageable);
        if (ids.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, ids.getTotalElements());
        }
        return new PageImpl<>(recommendations.findStatusSteps(ids.getContent()), pageable, ids.getTotalElements());
    }

    /**
     * The recommendations made at these rounds (a dialogue's rounds that began before the one being prepared) that
     * are still open (proposed, under consideration, adopted, in progress, or stalled, which may resume), by
     * reference: neither implemented, rejected, overtaken by events nor archived. Only the first page of them is
     * loaded, with how many there are (or all of them, unpaged): a dialogue of many rounds has a thousand and more.
     * Which they are is kept by data version ({@link RoundRecommendations}); their summaries are loaded each time.
     */
    public Page<RecommendationSummary> stillOpenOfRounds(Collection<Long> meetingIds, Pageable pageable) {
        if (meetingIds.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<Long> ids = roundRecommendations.stillOpen(dataVersions.of(DataVersions.Counter.RECOMMENDATIONS),
                List.copyOf(meetingIds), CountedIds.limit(pageable)).page(pageable);
        if (ids.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, ids.getTotalElements());
        }
        Map<Long, RecommendationSummary> summaries = new HashMap<>();
        recommendations.findSummaries(ids.getContent())
                .forEach(recommendation -> summaries.put(recommendation.getId(), RecommendationSummary.of(recommendation)));
        return new PageImpl<>(ids.stream().map(summaries::get).filter(Objects::nonNull).toList(), pageable,
                ids.getTotalElements());
    }

    public List<RecommendationSummary> forMeeting(Long meetingId) {
        return recommendations.findForMeeting(meetingId).stream().map(RecommendationSummary::of).toList();
    }

    /**
     * The first {@code limit} live recommendations of a meeting by reference, with how many it made in all: their
     * ids, the recommendations' data version and the summaries not kept for it (as lists keep them,
     * {@link RecommendationSearch#summaries}), and a count when there are more than {@code limit}.
     */
    public Page<RecommendationSummary> forMeeting(Long meetingId, int limit) {
        Page<Long> ids = recommendations.findIdsForMeeting(meetingId, PageRequest.of(0, limit));
        if (ids.isEmpty()) {
            return Page.empty(ids.getPageable());
        }
        Map<Long, RecommendationSummary> summaries = search.summaries(ids.getContent());
        return new PageImpl<>(ids.stream().map(summaries::get).filter(Objects::nonNull).toList(), ids.getPageable(),
                ids.getTotalElements());
    }

    /**
     * The recommendations with these references, archived ones included, keyed by reference; references nobody
     * has are absent. Within a caller's transaction the recommendations stay loaded, so that changing their
     * status next ({@link RecommendationEditing#changeStatus}) asks the database for them no second time.
     */
    public Map<String, RecommendationState> statesByReference(Collection<String> references) {
        List<String> distinct = references.stream().distinct().toList();
        Map<String, RecommendationState> states = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += REFERENCES_PER_QUERY) {
            List<String> chunk = new ArrayList<>(distinct.subList(from,
                    Math.min(from + REFERENCES_PER_QUERY, distinct.size())));
            List<Recommendation> found = recommendations.findByReferences(chunk);
            List<Long> stalled = found.stream().filter(r -> r.getStatus() == RecommendationStatus.STALLED)
                    .map(Recommendation::getId).toList();
            Map<Long, RecommendationStatus> heldBeforeStall = new HashMap<>();
            if (!stalled.isEmpty()) {
                // in the order they took effect, so that the latest stall's origin is put last
                recommendations.findStallOrigins(stalled)
                        .forEach(row -> heldBeforeStall.put((Long) row[0], (RecommendationStatus) row[1]));
            }
            found.forEach(recommendation -> states.put(recommendation.getReference(),
                    RecommendationState.of(recommendation, heldBeforeStall.get(recommendation.getId()))));
        }
        return states;
    }

    /** How many live recommendations are tagged with each topic (directly, not through subtopics). */
    public Map<Long, Long> countByTopic() {
        Map<Long, Long> counts = new HashMap<>();
        recommendations.countByTopic().forEach(count -> counts.put(count.getTopicId(), count.getCount()));
        return counts;
    }
}
