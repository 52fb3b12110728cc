package org.dialoguetracker.account;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is throttled per account and address, and per address, without locking the account's owner out,
 * and the pages carry the security headers.
 */
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

    /** An attacker's address, as the connection gives it (TEST-NET-3); each test has its own. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    private void account(String username, String password) {
        jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'RESEARCHER')",
                username, passwordEncoder.encode(password), "Target of guessing");
    }

    @Test
    void guesses_from_another_address_do_not_keep_the_owner_out() throws Exception {
        account("owner.one", "The right one 2");
        for (int attempt = 0; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            login("owner.one", "guess " + attempt, "203.0.113.11").andExpect(unauthenticated());
        }
        // the attacker is refused, even with the right password, and a forged X-Forwarded-For changes nothing
        login("owner.one", "The right one 2", "203.0.113.11").andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(post("/login").param("username", "owner.one").param("password", "The right one 2").with(csrf())
                        .with(from("203.0.113.11")).header("X-Forwarded-For", "198.51.100.99"))
                .andExpect(redirectedUrl("/login?throttled"));
        // the owner, from their own address, signs in
        login("owner.one", "The right one 2", "198.51.100.12").andExpect(authenticated());
    }

    @Test
    void attempts_refused_while_throttled_do_not_extend_the_throttle() throws Exception {
        account("owner.two", "The right one 3");
        for (int attempt = 0; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            login("owner.two", "guess " + attempt, "203.0.113.21").andExpect(unauthenticated());
        }
        long lastFailure = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        for (int attempt = 0; attempt < 3 * LoginThrottle.PER_ACCOUNT; attempt++) {
            login("owner.two", "guess again " + attempt, "203.0.113.21").andExpect(redirectedUrl("/login?throttled"));
        }
        // the window passes for the failures made before the throttle; the refusals since are recent
        jdbc.update("""
                update audit_event set occurred_at = occurred_at - interval '16 minutes'
                 where lower(username) = 'owner.two' and id <= ?""", lastFailure);
        login("owner.two", "The right one 3", "203.0.113.21").andExpect(authenticated());
    }

    @Test
    void an_address_guessing_at_many_accounts_is_throttled_for_all_of_them() throws Exception {
        account("owner.three", "The right one 4");
        for (int attempt = 0; attempt < LoginThrottle.PER_ADDRESS; attempt++) {
            login("nobody." + attempt, "guess", "203.0.113.31").andExpect(unauthenticated());
        }
        login("owner.three", "The right one 4", "203.0.113.31").andExpect(redirectedUrl("/login?throttled"));
        login("owner.three", "The right one 4", "198.51.100.32").andExpect(authenticated());
    }

    @Test
    void the_owner_and_the_admins_see_the_attack_in_the_audit_trail() throws Exception {
        account("owner.four", "The right one 5");
        for (int attempt = 0; attempt <= LoginThrottle.PER_ACCOUNT; attempt++) {
            login("owner.four", "guess " + attempt, "203.0.113.41");
        }
        assertThat(jdbc.queryForList("select kind from audit_event where username = 'owner.four' order by id",
                String.class)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_THROTTLED");
        mvc.perform(get("/profile/sign-ins").with(user("owner.four").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Failed login"),
                        containsString("Login refused (too many failures)"), containsString("203.0.113.41"))));
        mvc.perform(get("/profile/sign-ins").with(user("researcher").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("203.0.113.41"))));
        mvc.perform(get("/admin/audit").param("kind", "LOGIN_THROTTLED").param("user", "owner.four")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Login refused (too many failures)"),
                        containsString("203.0.113.41"))));
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
