package org.dialoguetracker.pages;

import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.recommendation.RecommendationHistory;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.history.HistoryService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The History tab of a recommendation: the recommendation and its follow-up actions. Organisers and admins only. */
@Controller
class RecommendationHistoryController {

    private final RecommendationService recommendations;

    private final RecommendationHistory recommendationHistory;

    private final FollowUpService followUps;

    RecommendationHistoryController(RecommendationService recommendations,
            RecommendationHistory recommendationHistory, FollowUpService followUps) {
        this.recommendations = recommendations;
        this.recommendationHistory = recommendationHistory;
        this.followUps = followUps;
    }

    @GetMapping("/recommendations/{id}/history")
    String history(@PathVariable Long id, Model model) {
        model.addAttribute("recommendation", recommendations.summary(id));
        model.addAttribute("entries", HistoryService.merge(recommendationHistory.of(id), followUps.history(id)));
        return "recommendations/history";
    }
}
