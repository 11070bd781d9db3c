package no.iaverk.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.reports.ReportTable;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.PrintedPdf;
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

    private static final String STYLESHEET = "/static/css/report-print.css";

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
        return PrintedPdf.render(xhtml, STYLESHEET);
    }
}
