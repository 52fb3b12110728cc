package org.dialoguetracker.meeting;

import java.net.URI;

import org.dialoguetracker.support.CountsStatements;
import org.dialoguetracker.support.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting page costs the same SQL statements for a meeting of one short session as for one of six long sessions,
 * many key points outside them and many recommendations, cut or shown in full: no statement per session, key point
 * or recommendation. The statements are counted by Hibernate, through which the page's native query runs too.
 */
@CountsStatements
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPageStatementCountTest {

    /**
     * The pages' data version (the kept pages' key); the meeting with its dialogue and organisers; its agenda with the topics; the key points' ids with the counts
     * per session, then those key points; the recommendations' ids, their count, the recommendations' data version,
     * then those recommendations whose summaries are not kept for it (each count below starts with none kept); the
     * attendance; whether the report has a draft and its latest edition (one statement, for the page's links).
     */
    static final long BOUND = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter counter;

    @Autowired
    CacheManager caches;

    LongMeetingFixtures fixtures;

    LongMeetingFixtures.Meeting small;

    LongMeetingFixtures.Meeting large;

    long largeSession;

    @BeforeAll
    void recordASmallAndALargeMeeting() {
        fixtures = new LongMeetingFixtures(jdbc, "Countedmeeting");
        long topic = jdbc.queryForObject("select id from topic where slug = 'risk-reduction'", Long.class);

        small = fixtures.meeting("SIDE");
        long session = small.session("The only session");
        small.statements(session, 6, "SIDE");
        small.statements(null, 6, "NONE");
        small.recommendations(21);

        large = fixtures.meeting("NAMED");
        for (int i = 0; i < 6; i++) {
            largeSession = large.session("Session " + i);
            jdbc.update("insert into agenda_item_topic (agenda_item_id, topic_id) values (?, ?)", largeSession, topic);
            large.statements(largeSession, 30, i % 2 == 0 ? "NAMED" : "SIDE");
        }
        large.statements(null, 40, "NONE");
        large.recommendations(60);
        jdbc.update("insert into statement_topic (statement_id, topic_id) select id, ? from statement where meeting_id = ?",
                topic, large.id);
    }

    @AfterAll
    void removeTheMeetings() {
        fixtures.removeAll();
    }

    @Test
    void a_large_meeting_costs_the_same_statements_as_a_small_one() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] { user("researcher").roles("RESEARCHER"),
                user("organiser").roles("ORGANISER") }) {
            long few = statements("/meetings/" + small.id, who, 5 + 5);
            long many = statements("/meetings/" + large.id, who, 6 * 5 + 5);
            long fullSession = statements("/meetings/" + large.id + "?session=" + largeSession, who, 5 * 5 + 30 + 5);
            long fullOthers = statements("/meetings/" + large.id + "?session=other", who, 6 * 5 + 40);
            assertThat(many).isEqualTo(few).isEqualTo(fullSession).isEqualTo(fullOthers).isLessThanOrEqualTo(BOUND);
            // the recommendations' summaries kept by the view before: no statement for them
            long kept = counter.count("/meetings/" + large.id, () -> mvc.perform(get("/meetings/" + large.id).with(who))
                    .andExpect(status().isOk()));
            assertThat(kept).isEqualTo(many - 1);
        }
    }

    private long statements(String url, RequestPostProcessor who, int cards) throws Exception {
        caches.getCache("recommendation-summaries").clear();
        return counter.count(url, () -> {
            MvcResult result = mvc.perform(get(URI.create(url)).with(who)).andExpect(status().isOk()).andReturn();
            String page = result.getResponse().getContentAsString();
            assertThat(page.split("class=\"statement card", -1).length - 1).as("key points shown on %s", url)
                    .isEqualTo(cards);
        });
    }
}
