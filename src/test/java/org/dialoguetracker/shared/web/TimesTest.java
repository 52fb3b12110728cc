package org.dialoguetracker.shared.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Issue 17: moments are shown in the configured zone with its abbreviation, whatever type holds them. */
class TimesTest {

    private final Times london = new Times(ZoneId.of("Europe/London"));

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_moment_is_shown_in_the_zone_with_its_abbreviation_winter_and_summer() {
        assertThat(london.minutes(Instant.parse("2026-01-10T12:00:00Z"))).isEqualTo("2026-01-10 12:00 GMT");
        assertThat(london.minutes(Instant.parse("2026-07-10T12:00:00Z"))).isEqualTo("2026-07-10 13:00 BST");
        assertThat(london.seconds(Instant.parse("2026-07-10T12:00:05Z"))).isEqualTo("2026-07-10 13:00:05 BST");
        assertThat(london.iso(Instant.parse("2026-07-10T12:00:05.123Z"))).isEqualTo("2026-07-10T13:00:05+01:00");
        assertThat(new Times(ZoneId.of("Europe/Moscow")).minutes(Instant.parse("2026-07-10T12:00:00Z")))
                .isEqualTo("2026-07-10 15:00 MSK");
    }

    @Test
    void a_local_date_time_is_read_as_utc_and_other_types_by_their_offset() {
        assertThat(london.minutes(LocalDateTime.parse("2026-07-10T12:00:00"))).isEqualTo("2026-07-10 13:00 BST");
        assertThat(london.minutes(OffsetDateTime.parse("2026-07-10T15:00:00+03:00")))
                .isEqualTo("2026-07-10 13:00 BST");
        assertThat(london.minutes(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> london.minutes("yesterday"));
    }

    @Test
    void the_abbreviation_reads_the_same_in_the_russian_interface() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(london.minutes(Instant.parse("2026-01-10T12:00:00Z"))).isEqualTo("2026-01-10 12:00 GMT");
    }
}
