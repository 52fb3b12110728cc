package org.dialoguetracker.api;

import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every 4xx answer of the API is an RFC 9457 problem document, also for what never reaches a controller: a
 * NUL or invalid UTF-8 in a parameter's value or name, and methods nothing answers (TRACE, QUERY). Written as raw HTTP
 * over a socket through the real container, since such requests cannot be built with an HTTP client or MockMvc.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiMalformedRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiFixtures fixtures;

    String secret;

    @BeforeEach
    void token() {
        fixtures = new ApiFixtures(jdbc);
        secret = ApiFixtures.secret();
        fixtures.token("researcher", secret);
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void a_nul_in_a_parameters_value_is_a_problem_document() throws Exception {
        assertProblem(send("GET", "/api/recommendations?q=a%00b"), 400);
    }

    @Test
    void a_nul_in_a_parameters_name_is_a_400_problem_document_logged_in_one_line(CapturedOutput output)
            throws Exception {
        int before = output.getAll().length();
        assertProblem(send("GET", "/api/recommendations?x%00=1"), 400);
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void invalid_utf8_in_a_parameter_is_a_problem_document() throws Exception {
        assertProblem(send("GET", "/api/recommendations?q=%C3%28"), 400);
    }

    @Test
    void methods_nothing_answers_are_problem_documents() throws Exception {
        assertProblem(send("TRACE", "/api/recommendations"), 405);
        // a method Spring Security's firewall does not know is refused by it, before any routing: 400
        assertProblem(send("QUERY", "/api/recommendations"), 400);
    }

    private void assertProblem(String response, int status) {
        String head = response.substring(0, Math.max(response.indexOf("\r\n\r\n"), 0)).toLowerCase();
        assertThat(head).as(response).startsWith("http/1.1 " + status);
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(response).as(response).contains("\"status\":" + status);
    }

    private String send(String method, String target) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: Bearer " + secret + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
