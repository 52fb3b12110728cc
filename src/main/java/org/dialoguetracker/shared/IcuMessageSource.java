package org.dialoguetracker.shared;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The bundles as Spring reads them, formatted by ICU's {@link MessageFormat} instead of {@code java.text}'s, so that a
 * message can give a counted word its plural forms: {@code {0, plural, one {# встреча} few {# встречи} many {# встреч}
 * other {# встречи}}}.
 * <p>
 * As with Spring's own, a message is formatted only when it is given arguments; without them it is returned as
 * written. With arguments, ICU's apostrophe rule applies: an apostrophe is literal unless it precedes a syntax
 * character ({@code '{'} quotes a brace, {@code ''} is one apostrophe), where {@code java.text} would drop a lone one.
 * Compiled formats are kept per code and locale, as {@link ResourceBundleMessageSource} keeps its own.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    private final ConcurrentMap<Key, Compiled> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat())) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = (locale != null) ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            // not in the bundles: Spring looks in the common messages and the parent, if any
            return super.getMessageInternal(code, args, language);
        }
        Key key = new Key(code, language);
        Compiled compiled = formats.get(key);
        if (compiled == null || !compiled.pattern().equals(pattern)) {
            compiled = new Compiled(pattern, new MessageFormat(pattern, ULocale.forLocale(language)));
            formats.put(key, compiled);
        }
        return format(compiled.format(), resolveArguments(args, language));
    }

    /** Default messages (a validation error's, say) go through ICU too; one that ICU cannot read is shown as is. */
    @Override
    protected String formatMessage(String message, Object[] args, Locale locale) {
        if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            return message;
        }
        MessageFormat format;
        try {
            format = new MessageFormat(message, ULocale.forLocale(locale));
        }
        catch (IllegalArgumentException ex) {
            return message;
        }
        return format(format, resolveArguments(args, locale));
    }

    private static String format(MessageFormat format, Object[] args) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof TemporalAccessor) {
                // as java.text showed them (ICU would show a LocalDate as a date and a time of midnight); pages
                // format their dates themselves (#temporals.format)
                values[i] = values[i].toString();
            }
        }
        // like java.text's, an ICU MessageFormat is not safe for threads to share
        synchronized (format) {
            return format.format(values);
        }
    }

    private record Key(String code, Locale locale) {
    }

    private record Compiled(String pattern, MessageFormat format) {
    }
}
