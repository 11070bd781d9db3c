package no.iaverk.employer.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import no.iaverk.shared.MessageBundle;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A published document as PDF, laid out the way the reports are ({@code reports.web.ReportPdf}): the XML-mode print
 * template {@code employer/document-print.html} through openhtmltopdf, with PDFBox's Liberation Sans embedded so that
 * æ, ø and å show on every reader.
 */
@Component
public class DocumentRenderer {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String STYLESHEET = "/static/css/employer-print.css";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The plan or the survey results, with the title, who published it and when, and the version. */
    public byte[] render(Object snapshot, String title, int version, String publishedByName, Instant publishedAt) {
        Context context = new Context(MessageBundle.NORWEGIAN);
        context.setVariable("title", title);
        context.setVariable("version", version);
        context.setVariable("publishedBy", publishedByName);
        context.setVariable("publishedAt", publishedAt);
        if (snapshot instanceof PlanSnapshot plan) {
            context.setVariable("plan", plan);
        } else if (snapshot instanceof SurveySnapshot survey) {
            context.setVariable("survey", survey);
        } else {
            throw new IllegalArgumentException("No layout for " + snapshot.getClass());
        }
        String xhtml = templates.process(new TemplateSpec("employer/document-print", TemplateMode.XML), context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(DocumentRenderer::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Only the regular face ships with PDFBox: headings use it too rather than fall back to a font without ø.
            builder.useFont(DocumentRenderer::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, stylesheet());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String stylesheet() {
        var css = DocumentRenderer.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException(STYLESHEET + " is not on the class path");
        }
        return css.toExternalForm();
    }

    private static InputStream font() {
        InputStream font = DocumentRenderer.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is not on the class path");
        }
        return font;
    }
}
