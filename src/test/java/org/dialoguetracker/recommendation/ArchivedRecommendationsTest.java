package org.dialoguetracker.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: an archived recommendation can be found again. {@code /recommendations?archived=true} lists the
 * archived ones only, says so, keeps the choice in its filters' links and its search, and links back; the default
 * list is as before (no archived one) and links to the archived list.
 */
@IntegrationTest
class ArchivedRecommendationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    RecommendationFixtures fixtures;

    @AfterEach
    void tearDown() {
        fixtures.archiveAll();
    }

    @Test
    void the_archived_list_shows_the_archived_ones_only_and_the_default_list_is_unchanged() throws Exception {
        fixtures = new RecommendationFixtures(jdbc);
        String word = RecommendationFixtures.unique("Zarchivum").toLowerCase();
        long meeting = fixtures.meeting(fixtures.dialogue(), "Archive round " + word, LocalDate.of(1995, 5, 5));
        String archivedRef = RecommendationFixtures.unique("ZZ-ARCH-");
        String liveRef = RecommendationFixtures.unique("ZZ-LIVE-");
        long archived = fixtures.recommendation(meeting, archivedRef, "An archived proposal " + word, "STALLED");
        fixtures.recommendation(meeting, liveRef, "A live proposal " + word, "ADOPTED");
        jdbc.update("update recommendation set archived = true where id = ?", archived);

        String live = page("/recommendations?lang=en&q=" + word);
        assertThat(live).contains(liveRef).doesNotContain(archivedRef).doesNotContain("archived-notice")
                .contains("href=\"/recommendations?archived=true\"").contains(">Archived recommendations<");

        String archive = page("/recommendations?lang=en&archived=true&q=" + word);
        assertThat(archive).contains(archivedRef).doesNotContain(liveRef).contains("archived-notice")
                .contains("Back to the current recommendations");
        // the search form and the facets keep to the archived list
        assertThat(archive).contains("name=\"archived\" value=\"true\"");
        assertThat(archive).containsPattern("href=\"/recommendations\\?[^\"]*archived=true[^\"]*status=STALLED\"");

        // the archived list with a filter the archived recommendation does not pass shows nothing of it
        assertThat(page("/recommendations?lang=en&archived=true&status=ADOPTED&q=" + word)).doesNotContain(archivedRef);
        // the default list, with no parameter, shows no archived recommendation
        String firstPage = page("/recommendations?lang=en&size=100&sort=NEWEST");
        assertThat(firstPage).doesNotContain(archivedRef);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
