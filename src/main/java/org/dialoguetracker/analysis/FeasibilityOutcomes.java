package org.dialoguetracker.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationCriteria;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue's own judgement against outcomes: the live recommendations by the feasibility the round gave them and
 * the status they are in now, and how long those that were adopted took, counted in PostgreSQL in one statement. The
 * recommendations are those of {@code /recommendations} with the same filter ({@link RecommendationCriteria}), so
 * every count is the length of the list its cell links to.
 */
@Service
@Transactional(readOnly = true)
public class FeasibilityOutcomes {

    /** The statuses counted as taken up: the share the table gives and the answer compares. */
    public static final Set<RecommendationStatus> TAKEN_UP = Set.of(RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IMPLEMENTED);

    private final EntityManager entityManager;

    FeasibilityOutcomes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The table for the recommendations of this filter. The time to adoption of a recommendation runs from the first
     * day of its earliest meeting to the day of its first change to ADOPTED in the status history (the date in the
     * database's time zone); the median is PostgreSQL's {@code percentile_cont(0.5)} over the recommendations of the
     * row that have both.
     */
    public FeasibilityTable table(FeasibilityFilter filter) {
        RecommendationQuery query = filter.query();
        RecommendationCriteria criteria = RecommendationCriteria.of(query);
        String sql = """
                with base as materialized (
                    select r.id, r.feasibility, r.status
                      from recommendation r
                     where %s),
                timed as (
                    select b.feasibility,
                           cast(adopted.first_at as date) - met.first_day as days
                      from base b
                      join (select sc.recommendation_id, min(sc.changed_at) as first_at
                              from recommendation_status_change sc
                             where sc.to_status = 'ADOPTED' and sc.recommendation_id in (select id from base)
                             group by sc.recommendation_id) adopted on adopted.recommendation_id = b.id
                      join lateral (select min(m.start_date) as first_day
                                      from recommendation_meeting rm join meeting m on m.id = rm.meeting_id
                                     where rm.recommendation_id = b.id) met on met.first_day is not null)
                select b.feasibility, b.status, count(*), cast(null as float8)
                  from base b group by b.feasibility, b.status
                union all
                select t.feasibility, null, count(*), percentile_cont(0.5) within group (order by t.days)
                  from timed t group by t.feasibility
                """.formatted(criteria.where());
        Query counting = entityManager.createNativeQuery(sql);
        criteria.parameters().forEach(counting::setParameter);
        Map<Feasibility, Map<RecommendationStatus, Long>> counts = new EnumMap<>(Feasibility.class);
        Map<Feasibility, FeasibilityTable.Median> medians = new EnumMap<>(Feasibility.class);
        for (Object row : counting.getResultList()) {
            Object[] columns = (Object[]) row;
            Feasibility feasibility = Feasibility.valueOf((String) columns[0]);
            long count = ((Number) columns[2]).longValue();
            if (columns[1] == null) {
                medians.put(feasibility, new FeasibilityTable.Median(((Number) columns[3]).doubleValue(), count));
            } else {
                counts.computeIfAbsent(feasibility, f -> new EnumMap<>(RecommendationStatus.class))
                        .put(RecommendationStatus.valueOf((String) columns[1]), count);
            }
        }
        List<FeasibilityTable.Row> rows = new ArrayList<>();
        for (Feasibility feasibility : Feasibility.values()) {
            Map<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
            for (RecommendationStatus status : RecommendationStatus.values()) {
                byStatus.put(status, counts.getOrDefault(feasibility, Map.of()).getOrDefault(status, 0L));
            }
            rows.add(new FeasibilityTable.Row(feasibility, byStatus, medians.get(feasibility)));
        }
        return new FeasibilityTable(filter, List.copyOf(rows));
    }
}
