package org.dialoguetracker.recommendation.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.RecommendationQuery;
import org.dialoguetracker.recommendation.RecommendationResults;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.topic.TopicService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/recommendations")
class RecommendationController {

    /** How many meetings the meeting facet lists, besides the chosen ones. */
    static final int MEETINGS_LISTED = 15;

    private final TopicService topics;

    private final RecommendationSearch search;

    private final MeetingService meetings;

    private final MessageSource messages;

    private final PageCache pages;

    RecommendationController(TopicService topics, RecommendationSearch search, MeetingService meetings,
            MessageSource messages, PageCache pages) {
        this.pages = pages;
        this.search = search;
        this.meetings = meetings;
        this.messages = messages;
        this.topics = topics;
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
        return pages.view(request, model, PageCache.Shows.RECORDS,
                () -> results(query, bound, page, size, locale, model));
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
                query.dialogue().isEmpty() ? List.of() : meetings.dialogues(), messages, locale));
        model.addAttribute("ignored", bound.getFieldErrors().stream().map(FieldError::getField).distinct().toList());
        return "recommendations/list";
    }
}
