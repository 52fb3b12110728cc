package org.dialoguetracker.recommendation.web;

import java.util.List;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationFilter;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.system.Paging;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/recommendations")
class RecommendationController {

    private final RecommendationService recommendations;

    private final TopicService topics;

    private final FollowUpService followUps;

    private final StatementService statements;

    RecommendationController(RecommendationService recommendations, TopicService topics, FollowUpService followUps,
            StatementService statements) {
        this.recommendations = recommendations;
        this.topics = topics;
        this.followUps = followUps;
        this.statements = statements;
    }

    /** Browse, filtered by topic (with its subtopics) and status. An unknown topic matches nothing. */
    @GetMapping
    String browse(@RequestParam(required = false) String topic,
            @RequestParam(required = false) RecommendationStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        TopicTree tree = topics.tree();
        List<Long> topicIds = null;
        if (topic != null && !topic.isBlank()) {
            TopicNode selected = tree.find(topic).orElse(null);
            topicIds = selected == null ? List.of() : selected.subtreeIds();
            model.addAttribute("selectedTopic", selected);
        }
        model.addAttribute("topicTree", tree);
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("topic", topic);
        model.addAttribute("status", status);
        model.addAttribute("recommendations", recommendations.browse(new RecommendationFilter(topicIds, status),
                Paging.page(page), Paging.size(size)));
        return "recommendations/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        RecommendationDetails details = recommendations.details(id);
        model.addAttribute("recommendation", details);
        model.addAttribute("followUps", followUps.forRecommendation(id, viewer));
        model.addAttribute("statements", statements.byIds(details.statementIds(), viewer));
        return "recommendations/show";
    }
}
