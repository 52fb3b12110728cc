package org.dialoguetracker.recommendation;

import java.nio.charset.StandardCharsets;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: a filter the list cannot read ({@code year=abc}, {@code status=NOPE}) must not pass unnoticed. The page
 * lists as if it were not there, and says which values it left out; the filters it could read still apply.
 */
@IntegrationTest
class UnreadFilterTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_unreadable_filter_is_left_out_with_a_visible_notice_and_the_others_still_apply() throws Exception {
        String all = page("/recommendations?lang=en");
        String unread = page("/recommendations?lang=en&year=abc&status=NOPE");
        assertThat(unread).contains("Some values in the address could not be read and were left out")
                .contains("year").contains("status");
        assertThat(count(unread)).isEqualTo(count(all));
        assertThat(all).doesNotContain("could not be read");

        // a status the demo data has, as its facet offers it
        java.util.regex.Matcher facet = java.util.regex.Pattern.compile("status=([A-Z_]+)").matcher(all);
        assertThat(facet.find()).isTrue();
        String adopted = page("/recommendations?lang=en&status=" + facet.group(1));
        String adoptedAndUnread = page("/recommendations?lang=en&year=abc&status=" + facet.group(1));
        assertThat(count(adoptedAndUnread)).isEqualTo(count(adopted)).isNotEqualTo(count(all));
        assertThat(adoptedAndUnread).contains("could not be read");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The list's own count of what it found ("12 recommendations"). */
    private static String count(String html) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("(\\d+) recommendations?").matcher(html);
        assertThat(found.find()).as("a count of recommendations on the page").isTrue();
        return found.group(1);
    }
}
