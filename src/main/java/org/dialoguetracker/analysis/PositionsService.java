package org.dialoguetracker.analysis;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.BarChart;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementKind;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.statement.StatementView;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicService.TopicPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The two sides' positions on a topic (with its subtopics), round by round, and how close they came. The rounds are
 * the meetings with a statement of the chosen kinds on the topic in the period, the oldest first, a page of them at a
 * time. The statements come from {@link StatementService}, which applies the attribution rule for the reader: a
 * statement is placed in a side's column only when its side reaches this reader. The same five SQL statements
 * whatever the number of rounds or statements: the topic, the page of rounds, their titles, their statements, and
 * the counts of the chart.
 */
@Service
@Transactional(readOnly = true)
public class PositionsService {

    public static final int ROUNDS_PER_PAGE = 5;

    /**
     * The most statements shown in each part of a round (across, each side's column); the rest are on the meeting's
     * page, and the round says how many in one number. A round of a long meeting holds a hundred statements on a
     * broad topic: side by side, a dozen of each is what a reader compares.
     */
    public static final int PER_PART = 12;

    /** The kinds that belong to one side: shown in its column, or counted as withheld when the side is. */
    static final Set<StatementKind> SIDED = EnumSet.of(StatementKind.POSITION, StatementKind.PROPOSAL,
            StatementKind.QUOTE);

    private static final String ON_TOPIC = """
            exists (select 1 from statement_topic st where st.statement_id = s.id and st.topic_id in (:topics))""";

    private final TopicService topics;

    private final StatementService statements;

    private final MeetingService meetings;

    private final EntityManager entityManager;

    PositionsService(TopicService topics, StatementService statements, MeetingService meetings,
            EntityManager entityManager) {
        this.topics = topics;
        this.statements = statements;
        this.meetings = meetings;
        this.entityManager = entityManager;
    }

    /**
     * @param kinds the kinds to show; empty for all of them
     * @throws org.dialoguetracker.shared.NotFoundException for a slug that names no topic
     */
    public Positions positions(String slug, Period period, Set<StatementKind> kinds, int page, Viewer viewer) {
        TopicPage topicPage = topics.page(slug);
        TopicNode topic = topicPage.topic();
        Set<StatementKind> shown = kinds.isEmpty() ? EnumSet.allOf(StatementKind.class) : EnumSet.copyOf(kinds);
        List<Long> subtree = topic.subtreeIds();
        PageRequest request = PageRequest.of(page, ROUNDS_PER_PAGE);
        RoundIds ids = roundIds(subtree, period, shown, request);
        Map<Long, MeetingRef> refs = meetings.refs(ids.ids()).stream()
                .collect(Collectors.toMap(MeetingRef::id, Function.identity()));
        List<MeetingRef> rounds = ids.ids().stream().map(refs::get).filter(ref -> ref != null).toList();
        Map<Long, List<StatementView>> said = statements.onTopicsInMeetings(ids.ids(), shown, subtree, viewer).stream()
                .collect(Collectors.groupingBy(StatementView::meetingId, LinkedHashMap::new, Collectors.toList()));
        List<Positions.Round> content = rounds.stream().map(round -> round(round, said.getOrDefault(round.id(),
                List.of()))).toList();
        Page<Positions.Round> roundPage = new PageImpl<>(content, request, ids.total());
        return new Positions(topic, topicPage.parent(), period, shown, roundPage,
                convergence(rounds, subtree, topic.slug()));
    }

    private static Positions.Round round(MeetingRef meeting, List<StatementView> said) {
        List<StatementView> across = new ArrayList<>();
        List<StatementView> uk = new ArrayList<>();
        List<StatementView> russia = new ArrayList<>();
        int withheld = 0;
        for (StatementView statement : said) {
            StatementSide side = statement.side();
            if (statement.kind() == StatementKind.AGREEMENT || side == StatementSide.BOTH) {
                across.add(statement);
            } else if (side == null) {
                // the side is withheld from this reader: a disagreement is shown across, without it; the others
                // are counted, and only counted
                if (SIDED.contains(statement.kind())) {
                    withheld++;
                } else {
                    across.add(statement);
                }
            } else if (side == StatementSide.UK) {
                uk.add(statement);
            } else {
                russia.add(statement);
            }
        }
        int more = Math.max(0, across.size() - PER_PART) + Math.max(0, uk.size() - PER_PART)
                + Math.max(0, russia.size() - PER_PART);
        return new Positions.Round(meeting, first(across), first(uk), first(russia), withheld, more);
    }

    private static List<StatementView> first(List<StatementView> part) {
        return List.copyOf(part.subList(0, Math.min(PER_PART, part.size())));
    }

    /** The page of rounds and how many there are in all, in one statement (two when the page is past the last). */
    private RoundIds roundIds(List<Long> subtree, Period period, Set<StatementKind> kinds, PageRequest request) {
        String where = """
                  from meeting m
                 where m.start_date >= :first and m.start_date < :after
                   and exists (select 1 from statement s
                                where s.meeting_id = m.id and s.kind in (:kinds) and %s)
                """.formatted(ON_TOPIC);
        List<?> rows = entityManager.createNativeQuery("select m.id, count(*) over () " + where
                        + " order by m.start_date, m.id limit :size offset :offset")
                .setParameter("first", Date.valueOf(period.firstDay()))
                .setParameter("after", Date.valueOf(period.dayAfter()))
                .setParameter("kinds", kinds.stream().map(Enum::name).toList())
                .setParameter("topics", subtree)
                .setParameter("size", request.getPageSize())
                .setParameter("offset", request.getOffset())
                .getResultList();
        if (rows.isEmpty()) {
            long total = request.getPageNumber() == 0 ? 0 : ((Number) entityManager
                    .createNativeQuery("select count(*) " + where)
                    .setParameter("first", Date.valueOf(period.firstDay()))
                    .setParameter("after", Date.valueOf(period.dayAfter()))
                    .setParameter("kinds", kinds.stream().map(Enum::name).toList())
                    .setParameter("topics", subtree)
                    .getSingleResult()).longValue();
            return new RoundIds(List.of(), total);
        }
        List<Long> ids = new ArrayList<>(rows.size());
        long total = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            ids.add(((Number) columns[0]).longValue());
            total = ((Number) columns[1]).longValue();
        }
        return new RoundIds(List.copyOf(ids), total);
    }

    private record RoundIds(List<Long> ids, long total) {
    }

    /**
     * The chart: for each round, its agreement and disagreement statements on the topic (every one of them, whatever
     * its attribution: these kinds carry no side in the chart, so counting them all tells a reader no side), and its
     * live recommendations on the topic by consensus, both sides' single-side ones together. One statement.
     */
    private List<Positions.RoundBars> convergence(List<MeetingRef> rounds, List<Long> subtree, String slug) {
        if (rounds.isEmpty()) {
            return List.of();
        }
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
                .setParameter("meetings", rounds.stream().map(MeetingRef::id).toList())
                .setParameter("topics", subtree)
                .getResultList();
        Map<Long, Map<Bar, Long>> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Bar bar = Bar.of((String) columns[1]);
            counts.computeIfAbsent(((Number) columns[0]).longValue(), id -> new EnumMap<>(Bar.class))
                    .merge(bar, ((Number) columns[2]).longValue(), Long::sum);
        }
        long max = counts.values().stream().flatMap(bars -> bars.values().stream()).max(Comparator.naturalOrder())
                .orElse(0L);
        List<Positions.RoundBars> chart = new ArrayList<>();
        for (MeetingRef round : rounds) {
            Map<Bar, Long> bars = counts.getOrDefault(round.id(), Map.of());
            List<BarChart.Entry> entries = new ArrayList<>();
            for (Bar bar : Bar.values()) {
                entries.add(BarChart.Entry.keyed("analysis.convergence.bar." + bar.name(),
                        bars.getOrDefault(bar, 0L), bar.href(round.id(), slug), "bar-" + bar.name()));
            }
            chart.add(new Positions.RoundBars(round, BarChart.scaled(entries, max)));
        }
        return List.copyOf(chart);
    }

    /** The bars of a round: statements of two kinds, recommendations by consensus (one side's of either side). */
    enum Bar {
        AGREEMENT, DISAGREEMENT, CONSENSUS, MAJORITY, ONE_SIDE;

        static Bar of(String value) {
            return switch (value) {
                case "UK_SIDE", "RUSSIAN_SIDE" -> ONE_SIDE;
                default -> valueOf(value);
            };
        }

        /** The recommendations of a bar, on {@code /recommendations}; the statements' bars lead nowhere. */
        String href(Long meeting, String slug) {
            if (this == AGREEMENT || this == DISAGREEMENT) {
                return null;
            }
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/recommendations").queryParam("topic", slug)
                    .queryParam("meeting", meeting);
            if (this == ONE_SIDE) {
                uri.queryParam("consensus", "UK_SIDE").queryParam("consensus", "RUSSIAN_SIDE");
            } else {
                uri.queryParam("consensus", name());
            }
            return uri.encode().build().toUriString();
        }
    }
}
