package org.dialoguetracker.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.StatementService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A recommendation's page: its text and timeline, its follow-ups and the statements it came from. */
@Controller
class RecommendationPageController {

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final StatementService statements;

    private final PageCache pages;

    RecommendationPageController(RecommendationService recommendations, FollowUpService followUps,
            StatementService statements, PageCache pages) {
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.statements = statements;
        this.pages = pages;
    }

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable Long id, Authentication authentication, HttpServletRequest request, Model model) {
        return pages.view(request, model, () -> {
            Viewer viewer = Viewer.of(authentication);
            RecommendationDetails details = recommendations.details(id);
            model.addAttribute("recommendation", details);
            model.addAttribute("followUps", followUps.forRecommendation(id, viewer));
            model.addAttribute("statements", statements.byIds(details.statementIds(), viewer));
            return "recommendations/show";
        });
    }
}
