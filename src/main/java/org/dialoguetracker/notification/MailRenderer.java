package org.dialoguetracker.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a mail from its templates, {@code templates/mail/<kind>.html} and {@code .txt}, in the recipient's language
 * with the application's messages. Its own template engine, kept out of the context: a second
 * {@code SpringTemplateEngine} bean would replace the pages' own. Every mail gets the recipient's unsubscribe link.
 */
@Component
class MailRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final MessageSource messages;

    private final UnsubscribeTokens tokens;

    private final NotificationProperties properties;

    MailRenderer(MessageSource messages, UnsubscribeTokens tokens, NotificationProperties properties) {
        this.messages = messages;
        this.tokens = tokens;
        this.properties = properties;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * The mail of this kind to one recipient.
     *
     * @param language "en" or "ru"
     * @param unsubscribeKind the kind the mail's unsubscribe link stops for this recipient
     * @param subjectArgs the arguments of the subject's message, {@code mail.<kind>.subject}
     */
    MailMessage render(MailKind kind, String to, List<String> cc, String language, MailKind unsubscribeKind,
            Map<String, Object> variables, List<MailMessage.Attachment> attachments, Object... subjectArgs) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> all = new HashMap<>(variables);
        all.put("lang", language);
        all.put("recipient", to);
        all.put("unsubscribeUrl", properties.link("/unsubscribe/" + tokens.token(to, unsubscribeKind) + "?lang=" + language));
        all.put("profileUrl", properties.link("/profile"));
        all.put("homeUrl", properties.link("/"));
        Context context = new Context(locale, all);
        String subject = messages.getMessage("mail." + kind.template() + ".subject", subjectArgs, locale);
        context.setVariable("subject", subject);
        String html = engine.process(kind.template() + ".html", context);
        String text = engine.process(kind.template() + ".txt", context);
        return new MailMessage(kind, to, cc, language, oneLine(subject), text, html, attachments);
    }

    /** One message of the application's bundles in the language. */
    String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    /** A subject is one header line: whatever a title holds, no line break reaches it. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
