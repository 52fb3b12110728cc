package org.dialoguetracker.analysis;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.dialoguetracker.shared.KeptCache;
import org.dialoguetracker.statement.StatementKind;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the positions page and the briefing find out about rounds, rather than what they show of them, kept by data
 * version: which rounds have a statement on a topic (V13's counter of the statements, their topics and meetings),
 * the convergence chart's counts (that counter and V10's of the recommendations, their topics and meetings), and each
 * topic's latest round among a dialogue's earlier ones. Each is a search over thousands of statements (30–80 ms of
 * PostgreSQL on the bench data) whose answer changes only when the statements do. The statements a page shows are
 * loaded each time, within the attribution rule for the reader; nothing kept here says anything of a side.
 */
@Component
@Transactional(readOnly = true)
class PositionsCounting {

    /** By data version and question; a few kilobytes at most each. */
    static final String ROUNDS = "analysis-positions-rounds";

    private static final String ON_TOPIC = """
            exists (select 1 from statement_topic st where st.statement_id = s.id and st.topic_id in (:topics))""";

    private final EntityManager entityManager;

    PositionsCounting(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The meetings in a period with a statement of these kinds on any of these topics, the oldest first: every one
     * of them, so that any page of them and their number come from here.
     */
    @Cacheable(cacheNames = ROUNDS, sync = true)
    public List<Long> rounds(long statementsVersion, List<Long> topicIds, LocalDate firstDay, LocalDate dayAfter,
            Set<StatementKind> kinds) {
        List<?> rows = entityManager.createNativeQuery("""
                        select m.id
                          from meeting m
                         where m.start_date >= :first and m.start_date < :after
                           and exists (select 1 from statement s
                                        where s.meeting_id = m.id and s.kind in (:kinds) and %s)
                         order by m.start_date, m.id
                        """.formatted(ON_TOPIC))
                .setParameter("first", Date.valueOf(firstDay))
                .setParameter("after", Date.valueOf(dayAfter))
                .setParameter("kinds", kinds.stream().map(Enum::name).toList())
                .setParameter("topics", topicIds)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The chart's counts by meeting: agreement and disagreement statements on the topics (all of them, whatever their
     * attribution: these kinds carry no side in the chart), and live recommendations on the topics by consensus.
     */
    @Cacheable(cacheNames = ROUNDS, sync = true)
    public Map<Long, Map<PositionsService.Bar, Long>> convergence(long statementsVersion, long recommendationsVersion,
            List<Long> meetingIds, List<Long> topicIds) {
        List<?> rows = entityManager.createNativeQuery("""
                        select s.meeting_id, s.kind, count(*)
                          from statement s
                         where s.meeting_id in (:meetings) and s.kind in ('AGREEMENT', 'DISAGREEMENT') and %s
                         group by s.meeting_id, s.kind
                        union all
                        select rm.meeting_id, r.consensus, count(*)
                          from recommendation r join recommendation_meeting rm on rm.recommendation_id = r.id
                         where rm.meeting_id in (:meetings) and not r.archived
                           and exists (select 1 from recommendation_topic rt
                                        where rt.recommendation_id = r.id and rt.topic_id in (:topics))
                         group by rm.meeting_id, r.consensus
                        """.formatted(ON_TOPIC))
                .setParameter("meetings", meetingIds)
                .setParameter("topics", topicIds)
                .getResultList();
        Map<Long, Map<PositionsService.Bar, Long>> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            PositionsService.Bar bar = PositionsService.Bar.of((String) columns[1]);
            counts.computeIfAbsent(((Number) columns[0]).longValue(), id -> new EnumMap<>(PositionsService.Bar.class))
                    .merge(bar, ((Number) columns[2]).longValue(), Long::sum);
        }
        Map<Long, Map<PositionsService.Bar, Long>> kept = new HashMap<>();
        counts.forEach((meeting, bars) -> kept.put(meeting, Map.copyOf(bars)));
        return Map.copyOf(kept);
    }

    /** For each topic with a statement in these meetings, the latest such meeting (by start, then id). */
    @Cacheable(cacheNames = ROUNDS, sync = true)
    public List<LatestRound> latest(long statementsVersion, List<Long> meetingIds) {
        List<?> rows = entityManager.createNativeQuery("""
                        select distinct on (st.topic_id) st.topic_id, m.id, m.start_date
                          from statement s
                          join statement_topic st on st.statement_id = s.id
                          join meeting m on m.id = s.meeting_id
                         where s.meeting_id in (:meetings)
                         order by st.topic_id, m.start_date desc, m.id desc
                        """)
                .setParameter("meetings", meetingIds)
                .getResultList();
        List<LatestRound> latest = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            latest.add(new LatestRound(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                    columns[2] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[2]));
        }
        return List.copyOf(latest);
    }

    /** A topic's latest round among some meetings. */
    record LatestRound(long topicId, long meetingId, LocalDate startDate) {

        /** Whether this names a later round than another: a later start, or the same start and a higher id. */
        boolean laterThan(LatestRound other) {
            int byDate = startDate.compareTo(other.startDate);
            return byDate > 0 || byDate == 0 && meetingId > other.meetingId;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Caches {

        @Bean
        KeptCache analysisPositionsRounds() {
            return KeptCache.sized(ROUNDS, 1_000);
        }
    }
}
