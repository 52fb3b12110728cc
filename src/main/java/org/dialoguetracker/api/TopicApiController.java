package org.dialoguetracker.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.topic.TopicService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Topics", description = "The security-topic taxonomy")
class TopicApiController {

    private final TopicService topics;

    private final RecommendationService recommendations;

    private final RecommendationSearch search;

    TopicApiController(TopicService topics, RecommendationService recommendations, RecommendationSearch search) {
        this.topics = topics;
        this.recommendations = recommendations;
        this.search = search;
    }

    @GetMapping("/api/topics")
    @Operation(operationId = "topicTree", summary = "The topic tree", description = """
            Every topic, as a tree of top-level topics and their subtopics in order, with how many live \
            recommendations each holds: tagged with the topic itself, and with the topic or any below it (what \
            /api/recommendations?topic={slug} gives).""")
    @ApiResponse(responseCode = "200", description = "The top-level topics, each with its subtopics",
            useReturnTypeSchema = true)
    @ApiDocs.UnauthorizedResponse
    List<TopicJson> tree() {
        Map<Long, Long> direct = recommendations.countByTopic();
        // the counts the browse page shows next to each topic when nothing is chosen: subtopics included, once each
        Map<Long, Long> withSubtopics = search.facets(RecommendationQuery.all()).topic();
        return topics.tree().roots().stream().map(root -> TopicJson.of(root, direct, withSubtopics)).toList();
    }
}
