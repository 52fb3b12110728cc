package org.dialoguetracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ICU formats every message as {@code java.text} did, but for those rewritten on purpose to count in plural forms
 * ({@link PluralsTest#COUNTED}).
 */
class IcuMessageSourceTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final MessageSource icu = new MessageBundles().messageSource();

    /** The message source as it was: Spring's own, with the same bundles and settings. */
    private final MessageSource javaText = javaText();

    @Test
    void every_message_reads_as_it_did_but_those_that_now_count_in_plural_forms() throws IOException {
        int compared = 0;
        for (String basename : MessageBundles.basenames()) {
            for (String key : keys(basename + ".properties")) {
                if (PluralsTest.COUNTED.contains(key)) {
                    continue;
                }
                String pattern = javaText.getMessage(key, null, ENGLISH);
                int arity = Math.max(arity(pattern), arity(javaText.getMessage(key, null, RUSSIAN)));
                for (Locale locale : List.of(ENGLISH, RUSSIAN)) {
                    for (Object[] args : samples(arity)) {
                        assertThat(render(icu, key, args, locale))
                                .as("%s in %s with %s", key, locale, Arrays.toString(args))
                                .isEqualTo(render(javaText, key, args, locale));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("messages compared").isGreaterThan(1000);
    }

    @Test
    void a_message_without_arguments_is_returned_as_written() {
        // as java.text would not, ICU would keep this apostrophe even with arguments; without them, nothing is parsed
        assertThat(icu.getMessage("meeting.attendance.withheld", null, ENGLISH))
                .isEqualTo("The meeting's rule withholds sides and affiliations.");
        for (String pattern : List.of("It's {0}'s turn", "'{0}'", "a '' b")) {
            IcuMessageSource source = new IcuMessageSource();
            source.setCommonMessages(properties("x", pattern));
            assertThat(source.getMessage("x", null, ENGLISH)).isEqualTo(pattern);
        }
    }

    @Test
    void with_arguments_an_apostrophe_is_literal_unless_it_quotes_syntax() {
        IcuMessageSource source = new IcuMessageSource();
        source.setCommonMessages(properties("x", "It's {0}''s turn, '{'not an argument'}'"));
        assertThat(source.getMessage("x", new Object[] { "Anna" }, ENGLISH))
                .isEqualTo("It's Anna's turn, {not an argument}");
    }

    @Test
    void arguments_that_are_messages_are_resolved_first() {
        String side = icu.getMessage("side.RUSSIA", null, RUSSIAN);
        assertThat(icu.getMessage("statement.form.side.notSpeakers",
                new Object[] { new DefaultMessageSourceResolvable(new String[] { "side.RUSSIA" }, "RUSSIA") }, RUSSIAN))
                .startsWith("Выступающий представляет сторону «" + side + "»");
    }

    @Test
    void a_default_message_is_formatted_too_and_one_icu_cannot_read_is_shown_as_is() {
        assertThat(icu.getMessage("no.such.key", new Object[] { 3 }, "{0, plural, one {# item} other {# items}}",
                ENGLISH)).isEqualTo("3 items");
        assertThat(icu.getMessage("no.such.key", new Object[] { 3 }, "{0, nonsense", ENGLISH))
                .isEqualTo("{0, nonsense");
    }

    /** Argument sets for a message with so many arguments: text with apostrophes and quotes, numbers, a date. */
    private static List<Object[]> samples(int arity) {
        List<Object[]> samples = new ArrayList<>();
        samples.add(null);
        if (arity == 0) {
            return samples;
        }
        for (Object value : List.<Object>of("Anna's «draft» \"v2\"", 0, 1, 2, 5, 11, 21, 22, 25, 1234, 20_000L, 2.5,
                LocalDate.of(2026, 3, 31))) {
            Object[] args = new Object[arity];
            Arrays.fill(args, value);
            samples.add(args);
        }
        return samples;
    }

    /** The message, or that it refused the arguments (a text where a number is counted, say). */
    private static String render(MessageSource source, String key, Object[] args, Locale locale) {
        try {
            return source.getMessage(key, args, locale);
        }
        catch (IllegalArgumentException refused) {
            return "refused";
        }
    }

    /** How many arguments a pattern refers to, or 0. */
    private static int arity(String pattern) {
        int arity = 0;
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arity = Math.max(arity, Integer.parseInt(argument.group(1)) + 1);
        }
        return arity;
    }

    private static MessageSource javaText() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IcuMessageSourceTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
