package org.dialoguetracker.recommendation.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationDetails;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationResults;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.statement.StatementService;
import org.dialoguetracker.system.Forms;
import org.dialoguetracker.system.Paging;
import org.dialoguetracker.system.web.PageCache;
import org.dialoguetracker.topic.TopicService;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/recommendations")
class RecommendationController {

    /** How many meetings the meeting facet lists, besides the chosen ones. */
    static final int MEETINGS_LISTED = 15;

    private final RecommendationService recommendations;

    private final TopicService topics;

    private final FollowUpService followUps;

    private final StatementService statements;

    private final RecommendationSearch search;

    private final MeetingService meetings;

    private final MessageSource messages;

    private final PageCache pages;

    RecommendationController(RecommendationService recommendations, TopicService topics, FollowUpService followUps,
            StatementService statements, RecommendationSearch search, MeetingService meetings,
            MessageSource messages, PageCache pages) {
        this.recommendations = recommendations;
        this.pages = pages;
        this.search = search;
        this.meetings = meetings;
        this.messages = messages;
        this.topics = topics;
        this.followUps = followUps;
        this.statements = statements;
    }

    /**
     * Faceted browse and full-text search. The address holds the whole query; a value that cannot be read
     * (a crafted status) is left out with a notice rather than refused.
     */
    @GetMapping
    String browse(@ModelAttribute("query") RecommendationQuery query, BindingResult binding,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Locale locale, HttpServletRequest request, Model model) {
        BindingResult bound = Forms.bound(query, binding, model);
        return pages.view(request, model, () -> results(query, bound, page, size, locale, model));
    }

    private String results(RecommendationQuery query, BindingResult bound, Integer page, Integer size, Locale locale,
            Model model) {
        RecommendationResults results = search.browse(query, Paging.page(page), Paging.size(size));
        // the meetings that give the most, and those chosen: a decade of rounds would be a list nobody reads
        Set<Long> meetingIds = new HashSet<>(query.meeting());
        results.facets().meeting().entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MEETINGS_LISTED).forEach(entry -> meetingIds.add(entry.getKey()));
        model.addAttribute("recommendations", results.hits());
        model.addAttribute("page", BrowsePage.of(query, results.facets(), topics.tree(), meetings.refs(meetingIds),
                messages, locale));
        model.addAttribute("ignored", bound.getFieldErrors().stream().map(FieldError::getField).distinct().toList());
        return "recommendations/list";
    }

    @GetMapping("/{id}")
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
