package org.dialoguetracker.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.recommendation.RecommendationHit;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationResults;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationStatistics;
import org.dialoguetracker.shared.BarChart;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService.TopicPage;
import org.dialoguetracker.topic.TopicService;

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

    private final RecommendationSearch search;

    private final PageCache pages;

    TopicController(TopicService topics, RecommendationService recommendations, StatementService statements,
            RecommendationSearch search, PageCache pages) {
        this.topics = topics;
        this.pages = pages;
        this.recommendations = recommendations;
        this.statements = statements;
        this.search = search;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", topics.tree());
        model.addAttribute("recommendationCounts", recommendations.countByTopic());
        return "topics/list";
    }

    /**
     * A topic with its recommendations, what was said about it, and its chart. The recommendations of its subtree come
     * with the facet counts of that query, kept by data version: by status, the topic's chart; by topic (the topic
     * facet leaves the topic choice out, so it counts all live recommendations), each subtopic's subtree.
     */
    @GetMapping("/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) Integer page,
            Authentication authentication, HttpServletRequest request, Model model) {
        return pages.view(request, model, PageCache.Shows.RECORDS_AND_STATEMENTS,
                () -> page(slug, page, authentication, model));
    }

    private String page(String slug, Integer page, Authentication authentication, Model model) {
        TopicPage topicPage = topics.page(slug);
        TopicNode topic = topicPage.topic();
        model.addAttribute("topic", topic);
        model.addAttribute("parent", topicPage.parent());
        RecommendationResults results = search.browse(RecommendationQuery.ofTopic(topic.slug()), Paging.page(page),
                Paging.DEFAULT_SIZE);
        model.addAttribute("recommendations", results.hits().map(RecommendationHit::recommendation));
        model.addAttribute("statements", statements.forTopics(topic.subtreeIds(), STATEMENTS_SHOWN,
                Viewer.of(authentication)));
        model.addAttribute("subtopicCounts", results.facets().topic());
        model.addAttribute("statusChart", BarChart.ofCounts(RecommendationStatistics.byStatus(results.facets()),
                "recommendation.status.", "bar-", status -> UriComponentsBuilder.fromPath("/recommendations")
                        .queryParam("topic", topic.slug()).queryParam("status", status).encode().build()
                        .toUriString()));
        return "topics/show";
    }
}
