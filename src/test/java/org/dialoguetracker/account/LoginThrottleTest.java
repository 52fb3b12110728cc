package org.dialoguetracker.account;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Password guessing is throttled per account, and the pages carry the security headers. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void after_five_failures_even_the_right_password_is_refused_and_the_refusal_recorded() throws Exception {
        jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'RESEARCHER')",
                "guessed.at", passwordEncoder.encode("The right one 1"), "Target of guessing");
        for (int attempt = 0; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            mvc.perform(formLogin("/login").user("guessed.at").password("guess " + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("guessed.at").password("The right one 1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where username = 'guessed.at' and summary like 'refused%'""",
                Integer.class)).isEqualTo(1);
        // other accounts are not affected
        mvc.perform(formLogin("/login").user("researcher").password("demo")).andExpect(authenticated());
    }

    @Test
    void pages_carry_a_content_security_policy_and_refuse_framing() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
