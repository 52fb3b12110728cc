package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import org.dialoguetracker.shared.web.StaticAssets;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of a restore in progress, written and flushed a line at a time while the restore runs. Plain HTML
 * with the app's stylesheets and no script, so it satisfies the content security policy.
 */
final class ProgressPage {

    private final Writer out;

    private final MessageSource messages;

    private final Locale locale;

    private final StaticAssets assets;

    ProgressPage(Writer out, MessageSource messages, Locale locale, StaticAssets assets) {
        this.out = out;
        this.messages = messages;
        this.locale = locale;
        this.assets = assets;
    }

    void start() {
        write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + text("backup.title") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + assets.url("/webjars/bootstrap/css/bootstrap.min.css") + "\">"
                + "<link rel=\"stylesheet\" href=\"" + assets.url("/css/app.css") + "\"></head>"
                + "<body><main class=\"container py-4\">"
                + "<h1 class=\"h3\">" + text("backup.restore.title") + "</h1>"
                + "<p>" + text("backup.restore.inProgress") + "</p><ol class=\"restore-progress\">");
    }

    /** One table loaded: "institution: 6". */
    void step(String table) {
        write("<li>" + HtmlUtils.htmlEscape(table) + "</li>");
    }

    void done() {
        write("</ol><div class=\"alert alert-success restore-done\" role=\"status\">" + text("backup.restore.finished")
                + " <a href=\"/login\">" + text("backup.restore.login") + "</a></div>");
    }

    void refused(String key, String detail) {
        write("</ol><div class=\"alert alert-danger restore-refused\" role=\"alert\">" + text(key) + " <code>"
                + HtmlUtils.htmlEscape(String.valueOf(detail)) + "</code><div>" + text("backup.restore.nothingChanged")
                + "</div></div><p><a href=\"/admin/import/backup\">" + text("backup.title") + "</a></p>");
    }

    void end() {
        write("</main></body></html>");
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }

    private void write(String html) {
        try {
            out.write(html);
            out.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
