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

    /**
     * Each top-level topic's latest positions before a round: for every top-level topic (with its subtopics) that a
     * statement of an earlier round of this dialogue is on, the latest such round and its statements on the topic,
     * placed as on the positions page (a side's column only where the attribution rule lets this reader see the
     * side; the rest counted as withheld, one total). In the taxonomy's order. Four SQL statements whatever the
     * number of topics, rounds and statements: the taxonomy, the latest rounds, their titles, their statements.
     *
     * @param meetingIds the rounds that count: those of the dialogue that began before the round being prepared
     */
    public List<TopicPositions> latestIn(java.util.Collection<Long> meetingIds, Viewer viewer) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        List<TopicNode> roots = topics.tree().roots();
        Map<Long, Long> rootOf = new HashMap<>();
        for (TopicNode root : roots) {
            root.subtreeIds().forEach(id -> rootOf.put(id, root.id()));
        }
        // the latest earlier round with a statement on each topic, then the latest over each root's subtree
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
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Long root = rootOf.get(((Number) columns[0]).longValue());
            if (root == null) {
                continue;
            }
            Object[] known = latest.get(root);
            if (known == null || later(columns, known)) {
                latest.put(root, columns);
            }
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<Long> latestIds = latest.values().stream().map(columns -> ((Number) columns[1]).longValue()).distinct()
                .toList();
        List<Long> topicIds = roots.stream().filter(root -> latest.containsKey(root.id()))
                .flatMap(root -> root.subtreeIds().stream()).toList();
        Map<Long, MeetingRef> refs = meetings.refs(latestIds).stream()
                .collect(Collectors.toMap(MeetingRef::id, Function.identity()));
        List<StatementView> said = statements.onTopicsInMeetings(latestIds, EnumSet.allOf(StatementKind.class),
                topicIds, viewer);
        List<TopicPositions> positions = new ArrayList<>();
        for (TopicNode root : roots) {
            Object[] columns = latest.get(root.id());
            if (columns == null) {
                continue;
            }
            long meetingId = ((Number) columns[1]).longValue();
            Set<String> subtree = new java.util.HashSet<>();
            slugs(root, subtree);
            List<StatementView> onTopic = said.stream().filter(statement -> statement.meetingId() == meetingId
                    && statement.topics().stream().anyMatch(topic -> subtree.contains(topic.slug()))).toList();
            positions.add(new TopicPositions(root, round(refs.get(meetingId), onTopic)));
        }
        return List.copyOf(positions);
    }

    private static java.time.LocalDate day(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) column;
    }

    private static void slugs(TopicNode node, Set<String> into) {
        into.add(node.slug());
        node.children().forEach(child -> slugs(child, into));
    }

    /** Whether a row of the latest rounds (topic, meeting, start) names a later round than another. */
    private static boolean later(Object[] row, Object[] than) {
        int byDate = day(row[2]).compareTo(day(than[2]));
        return byDate > 0 || byDate == 0 && ((Number) row[1]).longValue() > ((Number) than[1]).longValue();
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
