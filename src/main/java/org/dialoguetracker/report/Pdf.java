package org.dialoguetracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML to PDF with openhtmltopdf, DejaVu Sans embedded (from jasperreports-fonts) so that Russian reads as Russian:
 * what the conference report, the report editions and the briefing before a round share.
 */
public final class Pdf {

    private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private static final String FAMILY = "DejaVu Sans";

    private Pdf() {
    }

    /** The PDF of an XHTML document (well-formed XML: openhtmltopdf reads it as such), or {@code failure} as the error. */
    public static byte[] render(String xhtml, String failure) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(failure, ex);
        }
    }

    /** A text resource from the class path, such as a stylesheet to embed. */
    public static String read(String resource) {
        try (InputStream in = Pdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = Pdf.class.getResourceAsStream(FONT_DIRECTORY + file);
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the class path");
            }
            return in;
        }, FAMILY, weight, style, true);
    }
}
