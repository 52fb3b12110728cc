package org.dialoguetracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.TextSearch;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.statement.StatementService;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations", description = "The recommendations, their follow-up and what they rest on")
class RecommendationApiController {

    private final RecommendationSearch search;

    private final RecommendationService recommendations;

    private final FollowUpService followUps;

    private final StatementService statements;

    RecommendationApiController(RecommendationSearch search, RecommendationService recommendations,
            FollowUpService followUps, StatementService statements) {
        this.search = search;
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.statements = statements;
    }

    @GetMapping
    @Operation(operationId = "listRecommendations", summary = "Browse and search recommendations", description = """
            The live (or, with archived=true, the archived) recommendations, with the filters and the search of the /recommendations page: several \
            values of one parameter widen the choice (any of them), different parameters narrow it (all of them); \
            a topic includes its subtopics. q searches the English and Russian texts with stemming in both \
            languages; any characters are accepted. Sorted by relevance when searching, else newest first, \
            unless sort says otherwise.""")
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Topic slugs (see /api/topics); a topic includes "
            + "its subtopics; a slug that names no topic matches nothing")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Statuses")
    @Parameter(name = "feasibility", in = ParameterIn.QUERY, description = "Feasibilities")
    @Parameter(name = "addressedTo", in = ParameterIn.QUERY, description = "To whom they are addressed")
    @Parameter(name = "consensus", in = ParameterIn.QUERY, description = "How far the two sides agreed on them")
    @Parameter(name = "meeting", in = ParameterIn.QUERY, description = "Ids of the meetings they came from "
            + "(see /api/meetings)")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Years in which one of their meetings began")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to search for in English or Russian, as "
            + "typed: \"quoted phrases\", or, -excluded words; at most " + TextSearch.MAX_LENGTH + " characters count")
    @Parameter(name = "archived", in = ParameterIn.QUERY, description = "true: the archived recommendations instead "
            + "of the live ones (archived ones are left out of every list otherwise)")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "The order: NEWEST, REFERENCE, STATUS (along "
            + "the lifecycle) or RELEVANCE (when searching; the default then)")
    @ApiResponse(responseCode = "200", description = "One page of the recommendations", useReturnTypeSchema = true)
    @ApiDocs.BadRequestResponse
    @ApiDocs.UnauthorizedResponse
    ApiPage<RecommendationJson> list(@ModelAttribute @ParameterObject RecommendationQuery query,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")")
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(search.find(query, Paging.page(page), Paging.size(size)), RecommendationJson::of);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation", description = """
            Its texts, status timeline, follow-up actions, source meetings and linked statements. Statements \
            carry a speaker and a side only where the meeting's attribution rule lets the caller's role see them.""")
    @ApiResponse(responseCode = "200", description = "The recommendation", useReturnTypeSchema = true)
    @ApiDocs.BadRequestResponse
    @ApiDocs.UnauthorizedResponse
    @ApiDocs.NotFoundResponse
    RecommendationDetailsJson show(@Parameter(description = "The recommendation's id") @PathVariable Long id,
            Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        RecommendationDetails details = recommendations.details(id);
        return RecommendationDetailsJson.of(details, followUps.forRecommendation(id, viewer),
                statements.byIds(details.statementIds(), viewer));
    }
}
