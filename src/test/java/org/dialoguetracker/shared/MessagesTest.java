package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in English and in Russian. */
class MessagesTest {

    /** Every bundle the application finds under {@code messages/}, English and Russian alike. */
    @Test
    void english_and_russian_have_the_same_keys() throws IOException {
        assertThat(MessageBundles.basenames()).as("the bundles found").startsWith("messages/messages")
                .contains("messages/meetings", "messages/recommendations", "messages/about").hasSizeGreaterThan(15);
        Set<String> allEnglish = new TreeSet<>();
        for (String basename : MessageBundles.basenames()) {
            Set<String> english = keys(basename.strip() + ".properties");
            Set<String> russian = keys(basename.strip() + "_ru.properties");
            assertThat(russian).as("keys of %s missing in Russian", basename).containsAll(english);
            assertThat(english).as("keys of %s missing in English", basename).containsAll(russian);
            for (String key : english) {
                assertThat(allEnglish.add(key)).as("key %s defined in two bundles", key).isTrue();
            }
        }
    }

    @Test
    void every_enum_value_has_a_label() throws IOException {
        Set<String> english = keys("messages/messages.properties");
        for (var status : org.dialoguetracker.recommendation.RecommendationStatus.values()) {
            assertThat(english).contains("recommendation.status." + status);
        }
        for (var kind : org.dialoguetracker.statement.StatementKind.values()) {
            assertThat(english).contains("statement.kind." + kind);
        }
        for (var side : org.dialoguetracker.statement.StatementSide.values()) {
            assertThat(english).contains("statement.side." + side);
        }
        for (var rule : org.dialoguetracker.shared.AttributionRule.values()) {
            assertThat(english).contains("attribution." + rule, "attribution." + rule + ".explained");
        }
        for (var addressee : org.dialoguetracker.recommendation.AddressedTo.values()) {
            assertThat(english).contains("addressedTo." + addressee);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
