package org.dialoguetracker.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.document.DocumentPanel;
import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.document.OwnerKind;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpView;
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

/**
 * A recommendation's page: its text and timeline, its follow-ups and the statements it came from, and the documents
 * kept with it and with each of its follow-up actions.
 */
@Controller
class RecommendationPageController {

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final StatementService statements;

    private final PageCache pages;

    private final DocumentService documents;

    RecommendationPageController(RecommendationService recommendations, FollowUpService followUps,
            StatementService statements, PageCache pages, DocumentService documents) {
        this.recommendations = recommendations;
        this.documents = documents;
        this.followUps = followUps;
        this.statements = statements;
        this.pages = pages;
    }

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable Long id, Authentication authentication, HttpServletRequest request, Model model) {
        return pages.view(request, model, PageCache.Shows.RECORDS, () -> {
            Viewer viewer = Viewer.of(authentication);
            RecommendationDetails details = recommendations.details(id);
            model.addAttribute("recommendation", details);
            List<FollowUpView> actions = followUps.forRecommendation(id, viewer);
            model.addAttribute("followUps", actions);
            DocumentPanel panel = documents.panel(OwnerKind.RECOMMENDATION, id, viewer);
            model.addAttribute("documents", panel);
            // each follow-up action's documents, under it: the follow-up actions have no page of their own
            model.addAttribute("followUpDocuments", documents.followUpPanels(
                    actions.stream().map(FollowUpView::id).toList(), panel.defaultAccess(), viewer));
            model.addAttribute("statements", statements.byIds(details.statementIds(), viewer));
            return "recommendations/show";
        });
    }
}
