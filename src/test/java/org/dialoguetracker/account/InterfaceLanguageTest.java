package org.dialoguetracker.account;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code ?lang=ru} switches the interface to Russian and the session keeps it. */
@IntegrationTest
class InterfaceLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lang_ru_switches_the_interface_and_the_session_remembers_it() throws Exception {
        // the session lives in PostgreSQL (Spring Session), identified by its cookie
        Cookie session = mvc.perform(get("/recommendations").param("lang", "ru")
                        .with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Рекомендации"), containsString("Поиск по рекомендациям"),
                        containsString("lang=\"ru\""))))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/meetings").cookie(session).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("Встречи"), containsString("Лондон"))));
        mvc.perform(get("/meetings").param("lang", "en").cookie(session).with(user("researcher").roles("RESEARCHER")))
                .andExpect(content().string(allOf(containsString("Meetings"), not(containsString("Сбросить")))));
    }

    /** "PDF, Russian" on an English page downloads the Russian report and leaves the reader's interface in English. */
    @Test
    void a_report_downloads_lang_chooses_the_reports_language_not_the_interfaces() throws Exception {
        Long london = jdbc.queryForObject("select id from meeting where city_en = 'London' order by id limit 1", Long.class);
        Cookie session = mvc.perform(get("/meetings").param("lang", "en").with(user("researcher").roles("RESEARCHER")))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        for (String download : List.of("/report.pdf", "/report/editions/1.pdf", "/report/editions/1.docx")) {
            mvc.perform(get("/meetings/" + london + download).param("lang", "ru").cookie(session)
                    .with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk());
            mvc.perform(get("/meetings").cookie(session).with(user("researcher").roles("RESEARCHER")))
                    .andExpect(content().string(allOf(containsString("lang=\"en\""), not(containsString("Встречи")))));
        }
    }

    @Test
    void the_login_page_switches_too() throws Exception {
        mvc.perform(get("/login").param("lang", "ru")).andExpect(content().string(containsString("Войти")));
    }
}
