package org.dialoguetracker.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationCriteria;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.shared.KeptCache;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The counting of {@link FeasibilityOutcomes}, in one SQL statement, kept by data version and filter: the same filter
 * is counted again only after a change to the data.
 */
@Component
class FeasibilityCounting {

    /** Tables by data version and filter; a few hundred bytes each. */
    static final String TABLES = "feasibility-tables";

    private final EntityManager entityManager;

    FeasibilityCounting(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Cacheable(cacheNames = TABLES, sync = true)
    public FeasibilityTable table(long dataVersion, FeasibilityFilter filter) {
        RecommendationQuery query = filter.query();
        RecommendationCriteria criteria = RecommendationCriteria.of(query);
        String sql = """
                with base as materialized (
                    select r.id, r.feasibility, r.status
                      from recommendation r
                     where %s),
                timed as (
                    select b.feasibility,
                           adopted.first_on - met.first_day as days
                      from base b
                      join (select sc.recommendation_id, min(sc.effective_on) as first_on
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

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache feasibilityTables() {
            return KeptCache.sized(TABLES, 1_000);
        }
    }
}
