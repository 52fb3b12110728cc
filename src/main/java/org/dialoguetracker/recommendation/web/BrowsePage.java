package org.dialoguetracker.recommendation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.recommendation.AddressedTo;
import org.dialoguetracker.recommendation.Consensus;
import org.dialoguetracker.recommendation.Facets;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSort;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.topic.TopicTree;

import org.springframework.context.MessageSource;

/**
 * What the browse page shows around its results: the facets with their counts and links, the orders, the
 * chosen filters and the hidden fields that keep them when the search box is submitted.
 */
record BrowsePage(List<FacetGroup> facets, List<SortLink> sorts, List<FacetValue> chosen, List<Hidden> hidden,
        List<String> unknownTopics, String withoutSearch, String csv, String xlsx) {

    static final String PATH = "/recommendations";

    /**
     * @param dialogues the dialogues to name among the chosen filters (those of the query; the dialogue is a filter
     *        without counts, which {@code /analysis/feasibility} links with)
     */
    static BrowsePage of(RecommendationQuery query, Facets facets, TopicTree tree, List<MeetingRef> meetings,
            List<Option> dialogues, MessageSource messages, Locale locale) {
        Labels labels = new Labels(messages, locale);
        BrowseLinks links = new BrowseLinks(PATH, query);
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(topics(query, facets, tree, links, locale));
        groups.add(enumGroup("status", "browse.facet.status", RecommendationStatus.class, query.status(), facets.status(), links,
                value -> labels.get("recommendation.status." + value)));
        groups.add(enumGroup("feasibility", "browse.facet.feasibility", Feasibility.class, query.feasibility(), facets.feasibility(),
                links, value -> labels.get("feasibility." + value)));
        groups.add(enumGroup("addressedTo", "browse.facet.addressedTo", AddressedTo.class,
                query.addressedTo(), facets.addressedTo(),
                links, value -> labels.get("addressedTo." + value)));
        groups.add(enumGroup("consensus", "browse.facet.consensus", Consensus.class, query.consensus(), facets.consensus(), links,
                value -> labels.get("consensus." + value)));
        groups.add(years(query, facets, links));
        groups.add(meetings(query, facets, meetings, links, locale));

        List<FacetValue> chosen = new ArrayList<>(groups.stream().flatMap(group -> group.values().stream())
                .filter(FacetValue::selected).toList());
        dialogues.stream().filter(dialogue -> query.dialogue().contains(dialogue.value()))
                .forEach(dialogue -> chosen.add(value("dialogue", dialogue.value().toString(),
                        dialogue.label().in(locale), 0, true, 0, links)));
        List<SortLink> sorts = Arrays.stream(RecommendationSort.values())
                .filter(sort -> sort != RecommendationSort.RELEVANCE || query.searching())
                .map(sort -> new SortLink("browse.sort." + sort.name(), links.sorted(sort), sort == query.order()))
                .toList();
        List<Hidden> hidden = new ArrayList<>();
        BrowseLinks.parameters(query).forEach((name, values) -> {
            if (!name.equals("q")) {
                values.forEach(value -> hidden.add(new Hidden(name, value)));
            }
        });
        List<String> unknownTopics = query.topic().stream().filter(slug -> tree.find(slug).isEmpty()).toList();
        return new BrowsePage(groups, sorts, chosen, hidden, unknownTopics, links.withoutSearch(),
                links.at("/export/recommendations.csv"), links.at("/export/recommendations.xlsx"));
    }

    private static FacetGroup topics(RecommendationQuery query, Facets facets, TopicTree tree, BrowseLinks links,
            Locale locale) {
        List<FacetValue> values = tree.flatten().stream()
                .filter(entry -> facets.topic().containsKey(entry.node().id())
                        || query.topic().contains(entry.node().slug()))
                .map(entry -> value("topic", entry.node().slug(), entry.node().name().in(locale),
                        facets.topic().getOrDefault(entry.node().id(), 0L), query.topic().contains(entry.node().slug()),
                        entry.depth(), links))
                .toList();
        return new FacetGroup("topic", "browse.facet.topic", values);
    }

    private static <E extends Enum<E>> FacetGroup enumGroup(String parameter, String title, Class<E> type, Set<E> chosen,
            Map<E, Long> counts, BrowseLinks links, Function<String, String> label) {
        List<FacetValue> values = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            values.add(value(parameter, value.name(), label.apply(value.name()), counts.getOrDefault(value, 0L),
                    chosen.contains(value), 0, links));
        }
        return new FacetGroup(parameter, title, values);
    }

    private static FacetGroup years(RecommendationQuery query, Facets facets, BrowseLinks links) {
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(facets.year().keySet());
        years.addAll(query.year());
        List<FacetValue> values = years.stream()
                .map(year -> value("year", year.toString(), year.toString(), facets.year().getOrDefault(year, 0L),
                        query.year().contains(year), 0, links))
                .toList();
        return new FacetGroup("year", "browse.facet.year", values);
    }

    private static FacetGroup meetings(RecommendationQuery query, Facets facets, List<MeetingRef> meetings,
            BrowseLinks links, Locale locale) {
        List<FacetValue> values = meetings.stream()
                .map(meeting -> value("meeting", meeting.id().toString(),
                        meeting.title().in(locale) + " (" + meeting.city().in(locale) + ", "
                                + meeting.startDate().getYear() + ")",
                        facets.meeting().getOrDefault(meeting.id(), 0L), query.meeting().contains(meeting.id()), 0,
                        links))
                .toList();
        return new FacetGroup("meeting", "browse.facet.meeting", values);
    }

    private static FacetValue value(String parameter, String value, String label, long count, boolean selected,
            int depth, BrowseLinks links) {
        return new FacetValue(label, count, selected, depth, links.toggled(parameter, value));
    }

    private record Labels(MessageSource messages, Locale locale) {
        String get(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }

    /** One facet: the parameter it sets, its title's message key and its values. */
    record FacetGroup(String parameter, String title, List<FacetValue> values) {
    }

    /**
     * One value of a facet.
     *
     * @param count how many recommendations choosing it would give with the other facets as they are
     * @param href this page with the value chosen, or dropped when it is chosen
     */
    record FacetValue(String label, long count, boolean selected, int depth, String href) {
    }

    record SortLink(String label, String href, boolean current) {
    }

    record Hidden(String name, String value) {
    }
}
