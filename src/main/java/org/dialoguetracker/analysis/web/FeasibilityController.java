package org.dialoguetracker.analysis.web;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.analysis.FeasibilityFilter;
import org.dialoguetracker.analysis.FeasibilityOutcomes;
import org.dialoguetracker.analysis.Period;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.Feasibility;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dialogue's judgement of feasibility against what became of its recommendations, filtered by dialogue, topic
 * (with its subtopics) and period ({@code from} and {@code to}, years of the meetings). A topic or dialogue that
 * names nothing matches nothing, as on {@code /recommendations}, and the page says so for a topic.
 */
@Controller
class FeasibilityController {

    private final FeasibilityOutcomes outcomes;

    private final MeetingService meetings;

    private final TopicService topics;

    private final PageCache pages;

    FeasibilityController(FeasibilityOutcomes outcomes, MeetingService meetings, TopicService topics,
            PageCache pages) {
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.topics = topics;
        this.pages = pages;
    }

    @GetMapping("/analysis/feasibility")
    String feasibility(@RequestParam(required = false) Long dialogue, @RequestParam(required = false) String topic,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            HttpServletRequest request, Model model) {
        FeasibilityFilter filter = new FeasibilityFilter(dialogue, topic, Period.of(from, to));
        return pages.view(request, model, PageCache.Shows.RECORDS, () -> {
            TopicTree tree = topics.tree();
            model.addAttribute("table", outcomes.table(filter));
            model.addAttribute("filter", filter);
            model.addAttribute("dialogues", meetings.dialogues());
            model.addAttribute("topics", tree.flatten());
            model.addAttribute("unknownTopic", filter.topic() != null && tree.find(filter.topic()).isEmpty());
            model.addAttribute("feasibilities", Feasibility.values());
            model.addAttribute("statuses", RecommendationStatus.values());
            return "analysis/feasibility";
        });
    }
}
