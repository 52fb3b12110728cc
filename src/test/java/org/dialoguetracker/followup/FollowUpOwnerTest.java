package org.dialoguetracker.followup;

import java.util.Map;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A follow-up carried by a participant names them to organisers only; researchers see the institution. */
@IntegrationTest
class FollowUpOwnerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_participant_owner_is_named_to_organisers_and_shown_by_institution_to_researchers() throws Exception {
        Map<String, Object> owned = jdbc.queryForMap("""
                select f.recommendation_id, p.name_latin, i.name_en as institution
                  from follow_up_action f join participant p on p.id = f.owner_participant_id
                  join institution i on i.id = p.institution_id
                 order by f.id limit 1""");
        String path = "/recommendations/" + owned.get("recommendation_id");

        String researcherPage = mvc.perform(get(path).with(user("researcher").roles("RESEARCHER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(researcherPage).doesNotContain((String) owned.get("name_latin"))
                .contains((String) owned.get("institution"));

        String organiserPage = mvc.perform(get(path).with(user("organiser").roles("ORGANISER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(organiserPage).contains((String) owned.get("name_latin"));
    }
}
