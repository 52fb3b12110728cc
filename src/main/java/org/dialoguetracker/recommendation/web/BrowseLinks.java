package org.dialoguetracker.recommendation.web;

import java.util.ArrayList;
import java.util.List;

import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSort;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of {@code /recommendations} that keep a reader's whole query and change one thing: a facet value
 * chosen or dropped, another order, the filters cleared. The address is the page's only state, so any of them
 * can be bookmarked or sent to a colleague, and the page works without JavaScript.
 */
final class BrowseLinks {

    private final String path;

    private final MultiValueMap<String, String> parameters;

    BrowseLinks(String path, RecommendationQuery query) {
        this.path = path;
        this.parameters = parameters(query);
    }

    /** The query as request parameters, in the names {@link RecommendationQuery} binds. */
    static MultiValueMap<String, String> parameters(RecommendationQuery query) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        query.topic().forEach(slug -> parameters.add("topic", slug));
        query.status().forEach(status -> parameters.add("status", status.name()));
        query.feasibility().forEach(feasibility -> parameters.add("feasibility", feasibility.name()));
        query.addressedTo().forEach(addressedTo -> parameters.add("addressedTo", addressedTo.name()));
        query.consensus().forEach(consensus -> parameters.add("consensus", consensus.name()));
        query.meeting().forEach(meeting -> parameters.add("meeting", meeting.toString()));
        query.year().forEach(year -> parameters.add("year", year.toString()));
        query.dialogue().forEach(dialogue -> parameters.add("dialogue", dialogue.toString()));
        if (query.q() != null) {
            parameters.add("q", query.q());
        }
        if (query.sort() != null) {
            parameters.add("sort", query.sort().name());
        }
        if (Boolean.TRUE.equals(query.archived())) {
            parameters.add("archived", "true");
        }
        return parameters;
    }

    /** This page with the value added to its facet, or taken out if it was chosen; back to the first page. */
    String toggled(String parameter, String value) {
        MultiValueMap<String, String> changed = copy();
        List<String> values = changed.computeIfAbsent(parameter, name -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return address(changed);
    }

    /** This page in another order. */
    String sorted(RecommendationSort sort) {
        MultiValueMap<String, String> changed = copy();
        changed.put("sort", List.of(sort.name()));
        return address(changed);
    }

    /** This page without the search words. */
    String withoutSearch() {
        MultiValueMap<String, String> changed = copy();
        changed.remove("q");
        if (changed.containsKey("sort") && changed.getFirst("sort").equals(RecommendationSort.RELEVANCE.name())) {
            changed.remove("sort");
        }
        return address(changed);
    }

    /** The same query at another address, such as an export. */
    String at(String otherPath) {
        return address(otherPath, parameters);
    }

    private MultiValueMap<String, String> copy() {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }

    private String address(MultiValueMap<String, String> changed) {
        return address(path, changed);
    }

    private static String address(String path, MultiValueMap<String, String> parameters) {
        MultiValueMap<String, String> present = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty()) {
                present.put(name, values);
            }
        });
        return UriComponentsBuilder.fromPath(path).queryParams(present).encode().build().toUriString();
    }
}
