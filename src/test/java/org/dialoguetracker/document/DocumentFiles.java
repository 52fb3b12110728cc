package org.dialoguetracker.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files of every kind for the documents' tests, made when a test runs rather than kept as binaries: a PDF in DejaVu
 * Sans (so that Russian is Russian text in it, as the report module prints), a DOCX, a PNG, a ZIP, an HTML page, and a
 * PDF that is damaged past its header.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** A one-page PDF holding this text, in DejaVu Sans. */
    public static byte[] pdf(String text) {
        String xhtml = "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head><body><p>"
                + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>";
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> {
                InputStream in = DocumentFiles.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
                if (in == null) {
                    throw new IllegalStateException("DejaVu Sans is missing from the class path");
                }
                return in;
            }, "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A Word document holding this text. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A small PNG image. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A ZIP archive of one text file. */
    public static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("Notes of the session".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** An HTML page with a script. */
    public static byte[] html() {
        return """
                <!DOCTYPE html>
                <html><head><title>Agenda</title></head>
                <body><script>alert(document.cookie)</script><p>Agenda of the meeting</p></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** A file that starts as a PDF and is nothing after its header. */
    public static byte[] damagedPdf() {
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(
                StandardCharsets.ISO_8859_1);
        byte[] file = new byte[header.length + noise.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(noise, 0, file, header.length, noise.length);
        return file;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
