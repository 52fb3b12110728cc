package org.dialoguetracker.shared.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show a moment (when something was signed, commented, changed, logged in): in the tracker's
 * time zone ({@code dialogue.time-zone}, by default {@code Europe/London}) with that zone's abbreviation, so that
 * "2026-07-10 13:00 BST" cannot be read as another hour. Templates call it as {@code ${@times.minutes(value)}},
 * {@code ${@times.seconds(value)}} and, for a {@code <time datetime>} attribute, {@code ${@times.iso(value)}}.
 *
 * <p>A value is an {@link Instant}, a {@link ZonedDateTime} or {@link OffsetDateTime}, or a {@link LocalDateTime}
 * that holds a time in UTC (as the tracker's records read from {@code timestamptz} columns do). Null gives an
 * empty text. Calendar dates (a meeting's days, a due date) are not moments and keep their own formats.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final ZoneId zone;

    public Times(@Value("${dialogue.time-zone:Europe/London}") ZoneId zone) {
        this.zone = zone;
    }

    /** The zone every page shows moments in. */
    public ZoneId zone() {
        return zone;
    }

    /** "2026-07-10 13:00 BST": to the minute, with the zone's abbreviation in the reader's language. */
    public String minutes(Object value) {
        return format(value, MINUTES);
    }

    /** "2026-07-10 13:00:05 BST": to the second (the audit trail). */
    public String seconds(Object value) {
        return format(value, SECONDS);
    }

    /** The moment in ISO-8601 with its offset, for a {@code datetime} attribute: "2026-07-10T13:00:05+01:00". */
    public String iso(Object value) {
        ZonedDateTime moment = inZone(value);
        return moment == null ? "" : moment.toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    /** The moment in the tracker's zone; null for null. */
    public ZonedDateTime inZone(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime utc) {
            return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
        }
        throw new IllegalArgumentException("Not a moment: " + value.getClass().getName());
    }

    private String format(Object value, DateTimeFormatter format) {
        ZonedDateTime moment = inZone(value);
        Locale locale = LocaleContextHolder.getLocale();
        return moment == null ? "" : format.withLocale(locale).format(moment);
    }
}
