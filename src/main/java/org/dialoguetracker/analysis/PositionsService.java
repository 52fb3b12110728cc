package org.dialoguetracker.analysis;

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

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.BarChart;
import org.dialoguetracker.shared.DataVersions;
import org.dialoguetracker.shared.DataVersions.Counter;
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
 * statement is placed in a side's column only when its side reaches this reader. At most six SQL statements
 * whatever the number of rounds or statements: the topic, the data versions, the rounds, their titles, their
 * statements, and the counts of the chart; which rounds there are and the chart's counts are kept by data version
 * ({@link PositionsCounting}), so a view after the first reads only the versions, the titles and the statements.
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

    private final TopicService topics;

    private final StatementService statements;

    private final MeetingService meetings;

    private final PositionsCounting counting;

    private final DataVersions versions;

    PositionsService(TopicService topics, StatementService statements, MeetingService meetings,
            PositionsCounting counting, DataVersions versions) {
        this.topics = topics;
        this.statements = statements;
        this.meetings = meetings;
        this.counting = counting;
        this.versions = versions;
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
        long[] version = versions.now(Counter.STATEMENTS, Counter.RECOMMENDATIONS);
        List<Long> all = counting.rounds(version[0], subtree, period.firstDay(), period.dayAfter(), shown);
        RoundIds ids = new RoundIds(all.subList((int) Math.min(all.size(), request.getOffset()),
                (int) Math.min(all.size(), request.getOffset() + request.getPageSize())), all.size());
        Map<Long, MeetingRef> refs = meetings.refs(ids.ids()).stream()
                .collect(Collectors.toMap(MeetingRef::id, Function.identity()));
        List<MeetingRef> rounds = ids.ids().stream().map(refs::get).filter(ref -> ref != null).toList();
        Map<Long, List<StatementView>> said = statements.onTopicsInMeetings(ids.ids(), shown, subtree, viewer).stream()
                .collect(Collectors.groupingBy(StatementView::meetingId, LinkedHashMap::new, Collectors.toList()));
        List<Positions.Round> content = rounds.stream().map(round -> round(round, said.getOrDefault(round.id(),
                List.of()))).toList();
        Page<Positions.Round> roundPage = new PageImpl<>(content, request, ids.total());
        return new Positions(topic, topicPage.parent(), period, shown, roundPage,
                convergence(rounds, subtree, topic.slug(), version));
    }

    /**
     * Each top-level topic's latest positions before a round: for every top-level topic (with its subtopics) that a
     * statement of an earlier round of this dialogue is on, the latest such round and its statements on the topic,
     * placed as on the positions page (a side's column only where the attribution rule lets this reader see the
     * side; the rest counted as withheld, one total). In the taxonomy's order. Five SQL statements whatever the
     * number of topics, rounds and statements: the taxonomy, the data version, the latest rounds (kept by data
     * version), their titles, their statements.
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
        Map<Long, PositionsCounting.LatestRound> latest = new HashMap<>();
        for (PositionsCounting.LatestRound round : counting.latest(versions.of(Counter.STATEMENTS),
                List.copyOf(meetingIds))) {
            Long root = rootOf.get(round.topicId());
            if (root == null) {
                continue;
            }
            PositionsCounting.LatestRound known = latest.get(root);
            if (known == null || round.laterThan(known)) {
                latest.put(root, round);
            }
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<Long> latestIds = latest.values().stream().map(PositionsCounting.LatestRound::meetingId).distinct()
                .toList();
        List<Long> topicIds = roots.stream().filter(root -> latest.containsKey(root.id()))
                .flatMap(root -> root.subtreeIds().stream()).toList();
        Map<Long, MeetingRef> refs = meetings.refs(latestIds).stream()
                .collect(Collectors.toMap(MeetingRef::id, Function.identity()));
        List<StatementView> said = statements.onTopicsInMeetings(latestIds, EnumSet.allOf(StatementKind.class),
                topicIds, viewer);
        List<TopicPositions> positions = new ArrayList<>();
        for (TopicNode root : roots) {
            PositionsCounting.LatestRound round = latest.get(root.id());
            if (round == null) {
                continue;
            }
            long meetingId = round.meetingId();
            Set<String> subtree = new java.util.HashSet<>();
            slugs(root, subtree);
            List<StatementView> onTopic = said.stream().filter(statement -> statement.meetingId() == meetingId
                    && statement.topics().stream().anyMatch(topic -> subtree.contains(topic.slug()))).toList();
            positions.add(new TopicPositions(root, round(refs.get(meetingId), onTopic)));
        }
        return List.copyOf(positions);
    }

    private static void slugs(TopicNode node, Set<String> into) {
        into.add(node.slug());
        node.children().forEach(child -> slugs(child, into));
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

    private record RoundIds(List<Long> ids, long total) {
    }

    /**
     * The chart: for each round, its agreement and disagreement statements on the topic (every one of them, whatever
     * its attribution: these kinds carry no side in the chart, so counting them all tells a reader no side), and its
     * live recommendations on the topic by consensus, both sides' single-side ones together. One statement, kept
     * by data version.
     */
    private List<Positions.RoundBars> convergence(List<MeetingRef> rounds, List<Long> subtree, String slug,
            long[] version) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Bar, Long>> counts = counting.convergence(version[0], version[1],
                rounds.stream().map(MeetingRef::id).toList(), subtree);
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
