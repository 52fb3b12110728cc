package org.dialoguetracker.demo;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data set follows the published RUSI–RIAC summary and is loaded only into an empty database. */
@IntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    MockMvc mvc;

    @Test
    void it_holds_the_London_and_Moscow_meetings_of_RUSI_and_RIAC() {
        assertThat(jdbc.queryForList("select city_en from meeting where dialogue_id = (select min(id) from dialogue)"
                + " order by start_date", String.class)).startsWith("London", "Moscow");
        assertThat(jdbc.queryForList("""
                select i.short_name_en from dialogue_organiser o join institution i on i.id = o.institution_id""",
                String.class)).containsExactlyInAnyOrder("RUSI", "RIAC");
        assertThat(jdbc.queryForObject("select count(*) from statement where text_en like '%does not symbolise appeasement%'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from statement where text_en like '%in terms of interests%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void every_text_of_a_report_is_in_both_languages() {
        assertThat(jdbc.queryForObject("""
                select count(*) from recommendation where reference like 'UKRU-%'
                   and (title_en is null or title_ru is null or text_en is null or text_ru is null)""", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from topic where name_en is null or name_ru is null",
                Integer.class)).isZero();
    }

    @Test
    void each_recommendation_timeline_ends_at_its_current_status() {
        assertThat(jdbc.queryForObject("""
                select count(*) from recommendation r
                 where r.reference like 'UKRU-%' and r.status <> (
                       select c.to_status from recommendation_status_change c
                        where c.recommendation_id = r.id order by c.changed_at desc, c.id desc limit 1)""",
                Integer.class)).isZero();
    }

    @Test
    void the_demo_records_start_their_history_with_the_demo_data() throws Exception {
        Long recommendation = jdbc.queryForObject("select id from recommendation where reference = 'UKRU-2017-05'",
                Long.class);
        String history = mvc.perform(get("/recommendations/" + recommendation + "/history")
                        .with(user("organiser").roles("ORGANISER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("demo-data").contains("UKRU-2017-05");
        assertThat(jdbc.queryForObject("""
                select count(*) from statement s join meeting m on m.id = s.meeting_id
                 where m.city_en in ('London', 'Moscow')
                   and not exists (select 1 from statement_aud a where a.id = s.id)""", Integer.class)).isZero();
    }

    @Test
    void running_the_loader_again_loads_nothing_twice() throws Exception {
        int statements = jdbc.queryForObject("select count(*) from statement", Integer.class);
        int dialogues = jdbc.queryForObject("select count(*) from dialogue", Integer.class);
        loader.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from statement", Integer.class)).isEqualTo(statements);
        assertThat(jdbc.queryForObject("select count(*) from dialogue", Integer.class)).isEqualTo(dialogues);
    }
}
