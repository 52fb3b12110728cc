package org.dialoguetracker.shared;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.recommendation.Facets;
import org.dialoguetracker.recommendation.RecommendationResults;
import org.dialoguetracker.recommendation.RecommendationSearch;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.support.WebSliceTest;
import org.dialoguetracker.topic.TopicService;
import org.dialoguetracker.topic.TopicTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Unknown records and unreadable parameters get the layout's error pages, in the reader's language. The services
 * are mocks: what an unknown id makes them throw ({@link NotFoundException}) is the modules' own tests' concern
 * (MeetingPageTest, RecommendationHistoryTest and TopicTreeTest ask for one of each).
 */
@WebSliceTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    RecommendationSearch search;

    @Autowired
    TopicService topics;

    @Test
    void an_unknown_id_gets_the_404_page() throws Exception {
        when(meetings.details(987654L)).thenThrow(new NotFoundException("meeting", 987654L));
        when(recommendations.details(987654L)).thenThrow(new NotFoundException("recommendation", 987654L));
        when(topics.page("no-such-topic")).thenThrow(new NotFoundException("topic", "no-such-topic"));
        for (String path : new String[] { "/meetings/987654", "/recommendations/987654", "/topics/no-such-topic" }) {
            mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"))
                    .andExpect(content().string(allOf(containsString("Not found"), containsString("navbar"))));
        }
    }

    @Test
    void an_unreadable_parameter_gets_the_400_page_without_details() throws Exception {
        for (String path : new String[] { "/meetings/not-a-number", "/follow-ups?status=NO_SUCH_STATUS" }) {
            mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("could not be understood"),
                            not(containsString("Exception")))));
        }
    }

    /** The search is asked for what it gives without the filter. */
    @Test
    void an_unreadable_filter_of_the_browse_page_is_left_out_with_a_notice() throws Exception {
        when(topics.tree()).thenReturn(new TopicTree(List.of()));
        when(search.browse(argThat(query -> query.status().isEmpty()), eq(0), anyInt())).thenReturn(
                new RecommendationResults(Page.empty(), new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                        Map.of(), Map.of(), 0)));
        mvc.perform(get("/recommendations?status=NO_SUCH_STATUS").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("could not be read and were left out (status)"),
                        not(containsString("Exception")))));
        verify(search).browse(argThat(query -> query.status().isEmpty()), eq(0), anyInt());
    }

    /**
     * What the container's error dispatch asks for after a refusal by Spring Security or an address no route
     * answers: the page of its status, not the generic one. MockMvc does not dispatch errors itself, so the test
     * asks for {@code /error} with the attributes the container sets.
     */
    @Test
    void errors_dispatched_by_the_container_get_the_page_of_their_status() throws Exception {
        mvc.perform(get("/error").with(user("researcher").roles("RESEARCHER")).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(allOf(containsString("Not allowed"), containsString("navbar"))));
        mvc.perform(get("/error").with(user("researcher").roles("RESEARCHER")).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void the_404_page_speaks_russian_when_asked() throws Exception {
        when(meetings.details(987654L)).thenThrow(new NotFoundException("meeting", 987654L));
        mvc.perform(get("/meetings/987654").param("lang", "ru").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Не найдено")));
    }
}
