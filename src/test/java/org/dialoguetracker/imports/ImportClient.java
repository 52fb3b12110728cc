package org.dialoguetracker.imports;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin going through the import pages in one browser session: the plan of the preview waits in the session
 * (Spring Session JDBC), so each request after the first sends the session cookie the first one got.
 */
final class ImportClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final MockMvc mvc;

    private Cookie session;

    ImportClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    /** The id of this client's session as Spring Session keeps it (its cookie holds it in Base64), or null. */
    String sessionId() {
        return session == null ? null
                : new String(java.util.Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
    }

    /** Uploads the file; the answer is the page itself when the file is refused, else a redirect to the preview. */
    MvcResult upload(String fileName, byte[] content) throws Exception {
        var request = multipart("/admin/import").file(new MockMultipartFile("file", fileName, "text/csv", content))
                .with(admin()).with(csrf());
        return remember(mvc.perform(request.with(session())).andReturn());
    }

    /** Uploads a file that can be read, and returns its preview page. */
    String preview(String fileName, byte[] content) throws Exception {
        MvcResult uploaded = upload(fileName, content);
        assertThat(uploaded.getResponse().getStatus()).as("upload of %s", fileName).isEqualTo(302);
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/admin/import/preview");
        return page("/admin/import/preview");
    }

    /** A page of the session, as the browser shows it after a redirect (with its flash attributes). */
    String page(String url) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(url).with(admin()).with(session()))
                .andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts "apply" with this token, expecting a redirect to that address, and returns the page it leads to. */
    String apply(String token, String expectedRedirect) throws Exception {
        return post("/admin/import/apply", token, expectedRedirect);
    }

    /** Posts "discard" with this token, and returns the page it leads to. */
    String discard(String token) throws Exception {
        return post("/admin/import/discard", token, "/admin/import");
    }

    /** A GET in the session, whatever its answer. */
    MvcResult get(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(admin()).with(session())).andReturn();
    }

    /** The token of the preview on this page (both its forms, apply and discard, carry it). */
    static String token(String previewPage) {
        Matcher matcher = TOKEN.matcher(previewPage);
        assertThat(matcher.find()).as("the preview's token").isTrue();
        return matcher.group(1);
    }

    private String post(String url, String token, String expectedRedirect) throws Exception {
        remember(mvc.perform(MockMvcRequestBuilders.post(url).param("token", token).with(admin()).with(csrf())
                .with(session())).andExpect(status().isFound()).andExpect(redirectedUrl(expectedRedirect)).andReturn());
        return page(expectedRedirect);
    }

    /** Sends the session cookie once there is a session. */
    private RequestPostProcessor session() {
        return request -> {
            if (session != null) {
                request.setCookies(session);
            }
            return request;
        };
    }

    private MvcResult remember(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie != null) {
            session = cookie;
        }
        return result;
    }
}
