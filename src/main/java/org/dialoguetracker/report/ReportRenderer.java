package org.dialoguetracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link MeetingReport} into the report's HTML (Thymeleaf, {@code reports/meeting.html}, written as XHTML)
 * and that HTML into PDF (openhtmltopdf), with DejaVu Sans embedded so that Russian reads as Russian.
 */
@Component
class ReportRenderer {

    private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private static final String FAMILY = "DejaVu Sans";

    private static final String STYLESHEET = read("/static/css/report.css");

    private final ITemplateEngine templates;

    ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report as a page: for the browser it links its stylesheet, for the PDF renderer it embeds it. */
    String html(MeetingReport report, boolean forPrint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("lang", report.language());
        variables.put("forPrint", forPrint);
        variables.put("stylesheet", forPrint ? null : STYLESHEET);
        return templates.process("reports/meeting", new Context(Locale.forLanguageTag(report.language()), variables));
    }

    byte[] pdf(MeetingReport report) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html(report, false), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not render the report", ex);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = ReportRenderer.class.getResourceAsStream(FONT_DIRECTORY + file);
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the class path");
            }
            return in;
        }, FAMILY, weight, style, true);
    }
}
