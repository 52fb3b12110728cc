package org.dialoguetracker.topic.web;

import java.util.stream.Stream;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.recommendation.RecommendationHit;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.recommendation.RecommendationStatistics.SubtreeCounts;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.system.BarChart;
import org.dialoguetracker.system.Paging;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicService.TopicPage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/topics")
class TopicController {

    static final int STATEMENTS_SHOWN = 50;

    private final TopicService topics;

    private final RecommendationService recommendations;

    private final StatementService statements;

    private final RecommendationStatistics statistics;

    private final RecommendationSearch search;

    TopicController(TopicService topics, RecommendationService recommendations, StatementService statements,
            RecommendationStatistics statistics, RecommendationSearch search) {
        this.topics = topics;
        this.recommendations = recommendations;
        this.statements = statements;
        this.statistics = statistics;
        this.search = search;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", topics.tree());
        model.addAttribute("recommendationCounts", recommendations.countByTopic());
        return "topics/list";
    }

    @GetMapping("/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer page,
            Authentication authentication, Model model) {
        TopicPage topicPage = topics.page(slug);
        var subtree = topicPage.topic().subtreeIds();
        model.addAttribute("topic", topicPage.topic());
        model.addAttribute("parent", topicPage.parent());
        model.addAttribute("recommendations", search.find(RecommendationQuery.ofTopic(slug), Paging.page(page),
                Paging.DEFAULT_SIZE).map(RecommendationHit::recommendation));
        model.addAttribute("statements", statements.forTopics(subtree, STATEMENTS_SHOWN, Viewer.of(authentication)));
        TopicNode topic = topicPage.topic();
        SubtreeCounts counts = statistics.countByStatusInSubtrees(Stream.concat(Stream.of(topic.id()),
                topic.children().stream().map(TopicNode::id)).toList());
        model.addAttribute("subtopicCounts", counts);
        model.addAttribute("statusChart", BarChart.ofCounts(counts.byStatus(topic.id()), "recommendation.status.",
                "bar-", status -> UriComponentsBuilder.fromPath("/recommendations").queryParam("topic", topic.slug())
                        .queryParam("status", status).encode().build().toUriString()));
        return "topics/show";
    }
}
