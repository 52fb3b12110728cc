package org.dialoguetracker.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dialoguetracker.account.EmailAddress;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.Side;

/** Small helpers the kinds of mail share: languages, dates, periods, addresses. */
final class MailText {

    private static final Pattern ADDRESS = Pattern.compile(EmailAddress.PATTERN);

    private MailText() {
    }

    /** A participant's language: Russian for the Russian side, English otherwise (participants have no other). */
    static String languageOf(Side side) {
        return side == Side.RUSSIA ? "ru" : "en";
    }

    /** An account's language, "en" unless it chose "ru". */
    static String languageOf(String preferred) {
        return "ru".equals(preferred) ? "ru" : "en";
    }

    static String date(LocalDate date, String language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language)).format(date);
    }

    /** Text in the language, or the other one when it has none. */
    static String text(Bilingual text, String language) {
        return text == null ? null : text.in(language);
    }

    /** The ISO week of the day, "2026-W50": the period of weekly mails. */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether this is one plain address a mail may go to: no display name, no line break, no second address. */
    static boolean deliverable(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address.strip()).matches();
    }
}
