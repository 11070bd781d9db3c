package no.iaverk.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML laid out as a PDF on the server by openhtmltopdf, as the reports and the documents published to employers
 * are: inline SVG drawn by Batik, and PDFBox's own Liberation Sans embedded (the print style sheets name it) so that
 * æ, ø and å show on every reader.
 */
public final class PrintedPdf {

    private static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PrintedPdf() {}

    /**
     * {@code stylesheet} is a class-path resource (e.g. {@code /static/css/report-print.css}); the template links its
     * style sheet by a relative address, resolved next to it.
     */
    public static byte[] render(String xhtml, String stylesheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(PrintedPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Only the regular face ships with PDFBox: headings use it too rather than fall back to a font without ø.
            builder.useFont(PrintedPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, resource(stylesheet));
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String path) {
        var url = PrintedPdf.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return url.toExternalForm();
    }

    private static InputStream font() {
        InputStream font = PrintedPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is not on the class path");
        }
        return font;
    }
}
