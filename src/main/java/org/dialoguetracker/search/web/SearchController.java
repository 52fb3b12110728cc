package org.dialoguetracker.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.shared.Paging;
import org.dialoguetracker.shared.TextSearch;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.StatementSearch;
import org.dialoguetracker.statement.StatementSide;
import org.dialoguetracker.topic.TopicNode;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site-wide search: what was said at the meetings, in English or Russian, narrowed by topic (with its
 * subtopics), side and meeting, with a way on to the recommendations that match the same words; and the documents
 * whose text or title holds them, those the reader may read.
 */
@Controller
class SearchController {

    /** The meetings offered for narrowing, newest first: every meeting of a real dialogue. */
    static final int MEETINGS_LISTED = Paging.MAX_SIZE;

    /** The best matching documents shown above the statements (the filters are the statements'). */
    static final int DOCUMENTS_LISTED = 10;

    private final StatementSearch search;

    private final TopicService topics;

    private final MeetingService meetings;

    private final PageCache pages;

    private final DocumentService documents;

    SearchController(StatementSearch search, TopicService topics, MeetingService meetings, PageCache pages,
            DocumentService documents) {
        this.search = search;
        this.documents = documents;
        this.pages = pages;
        this.topics = topics;
        this.meetings = meetings;
    }

    /** Without words to search for, the form and a hint; otherwise a page of statements. An unknown topic matches nothing. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
            @RequestParam(required = false) StatementSide side, @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) Integer page, Authentication authentication, HttpServletRequest request,
            Model model) {
        return pages.view(request, model, PageCache.Shows.RECORDS_AND_STATEMENTS,
                () -> results(q, topic, side, meeting, page, authentication, model));
    }

    private String results(String q, String topic, StatementSide side, Long meeting, Integer page,
            Authentication authentication, Model model) {
        String text = TextSearch.normalise(q);
        TopicTree tree = topics.tree();
        List<Long> topicIds = null;
        if (topic != null && !topic.isBlank()) {
            TopicNode selected = tree.find(topic).orElse(null);
            topicIds = selected == null ? List.of() : selected.subtreeIds();
            model.addAttribute("selectedTopic", selected);
        }
        model.addAttribute("q", text);
        model.addAttribute("topic", topic);
        model.addAttribute("side", side);
        model.addAttribute("meeting", meeting);
        model.addAttribute("topicTree", tree);
        model.addAttribute("sides", StatementSide.values());
        model.addAttribute("meetings", meetings.newest(MEETINGS_LISTED));
        if (text != null) {
            model.addAttribute("documentHits", documents.search(text, DOCUMENTS_LISTED, Viewer.of(authentication)));
            model.addAttribute("hits", search.search(new StatementSearch.Filter(text, topicIds, side, meeting),
                    Paging.page(page), Paging.DEFAULT_SIZE, Viewer.of(authentication)));
        }
        return "search/search";
    }
}
