package org.dialoguetracker.imports.web;

import java.util.Collection;

import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload the container refuses as too large goes back to the import page with its message; other requests pass.
 * (MockMvc does not enforce the container's limits, hence a request that fails as Tomcat's does.)
 */
class UploadLimitFilterTest {

    final UploadLimitFilter filter = new UploadLimitFilter();

    @Test
    void a_file_over_the_container_limit_is_sent_back_to_the_import_page() throws Exception {
        MockHttpServletRequest request = new RefusedUpload("The field file exceeds its maximum permitted size of 5242880 bytes.");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/import?tooLarge=true");
        assertThat(chain.getRequest()).as("the rest of the chain").isNull();
    }

    @Test
    void other_failures_other_addresses_and_other_requests_go_on_as_usual() throws Exception {
        MockHttpServletRequest broken = new RefusedUpload("Stream ended unexpectedly");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(broken, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(broken);

        MockHttpServletRequest elsewhere = new RefusedUpload("exceeds its maximum permitted size");
        elsewhere.setRequestURI("/admin/restore");
        chain = new MockFilterChain();
        filter.doFilter(elsewhere, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(elsewhere);

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/admin/import");
        chain = new MockFilterChain();
        filter.doFilter(page, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(page);
    }

    /** A multipart POST to the import page whose parts the container cannot read, with this reason. */
    static class RefusedUpload extends MockHttpServletRequest {

        private final String reason;

        RefusedUpload(String reason) {
            super("POST", "/admin/import");
            setContentType("multipart/form-data; boundary=x");
            this.reason = reason;
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException(new Exception(reason));
        }
    }
}
