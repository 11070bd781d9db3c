package no.iaverk.reports.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.reports.ReportTable;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The report as a PDF, laid out on the server by openhtmltopdf from the print template {@code reports/print.html}
 * (processed as XML, since openhtmltopdf reads XHTML), with the charts as SVG from {@link ReportCharts}. The font is
 * Liberation Sans, which PDFBox ships in its jar, embedded so that æ, ø and å show on every reader.
 */
@Component
class ReportPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String STYLESHEET = "/static/css/report-print.css";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final ReportCharts charts;

    ReportPdf(ITemplateEngine templates, ReportCharts charts) {
        this.templates = templates;
        this.charts = charts;
    }

    byte[] render(ReportDocument document) {
        Map<String, @Nullable String> svg = new LinkedHashMap<>();
        for (ReportTable table : document.tables()) {
            svg.put(table.key(), charts.svg(table));
        }
        Context context = new Context(MessageBundle.NORWEGIAN);
        context.setVariable("document", document);
        context.setVariable("charts", svg);
        String xhtml = templates.process(new TemplateSpec("reports/print", TemplateMode.XML), context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(ReportPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Only the regular face ships with PDFBox: headings use it too rather than fall back to a font without ø.
            builder.useFont(ReportPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // The print template links report-print.css by a relative address: resolved next to this file.
            builder.withHtmlContent(xhtml, stylesheet());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String stylesheet() {
        var css = ReportPdf.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException(STYLESHEET + " is not on the class path");
        }
        return css.toExternalForm();
    }

    private static InputStream font() {
        InputStream font = ReportPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is not on the class path");
        }
        return font;
    }
}
