package no.iaverk.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.reports.ReportTable;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assistance report as a page (period and unit in a GET form, tables with charts), a workbook and a PDF. All three
 * render the same {@link ReportDocument}. Each output is audit-logged once per read with its query, like the hours and
 * cost-benefit APIs whose figures it includes.
 */
@Controller
class ReportPageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportDocuments documents;
    private final ReportCharts charts;
    private final ReportWorkbook workbook;
    private final ReportPdf pdf;
    private final NavUnits units;

    ReportPageController(
            ReportDocuments documents, ReportCharts charts, ReportWorkbook workbook, ReportPdf pdf, NavUnits units) {
        this.documents = documents;
        this.charts = charts;
        this.workbook = workbook;
        this.pdf = pdf;
        this.units = units;
    }

    /** Without dates the last full calendar year; a wrong field is named in Norwegian on the page (400). */
    @GetMapping("/rapporter")
    @AuditedRead("REPORT_PAGE")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit,
            HttpServletResponse response,
            Model model) {
        if (from == null && to == null) {
            LocalDate[] period = documents.defaultPeriod();
            from = period[0].toString();
            to = period[1].toString();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("from", from == null ? "" : from);
        form.put("to", to == null ? "" : to);
        form.put("unit", unit == null ? "" : unit);
        model.addAttribute("form", form);
        model.addAttribute("units", units.all());
        try {
            ReportDocument document = documents.assistance(from, to, unit);
            Map<String, @Nullable String> chartData = new LinkedHashMap<>();
            for (ReportTable table : document.tables()) {
                chartData.put(table.key(), charts.json(table));
            }
            model.addAttribute("errors", Map.of());
            model.addAttribute("document", document);
            model.addAttribute("charts", chartData);
        } catch (InvalidParameterException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(e.parameter(), e.getMessage()));
        }
        return "reports/report";
    }

    @GetMapping("/rapporter/assistanse.xlsx")
    @AuditedRead("REPORT_XLSX")
    void xlsx(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit,
            HttpServletResponse response)
            throws IOException {
        ReportDocument document = documents.assistance(from, to, unit);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"bistandsrapport.xlsx\"");
        workbook.write(document, response.getOutputStream());
    }

    @GetMapping("/rapporter/assistanse.pdf")
    @AuditedRead("REPORT_PDF")
    void pdf(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit,
            HttpServletResponse response)
            throws IOException {
        ReportDocument document = documents.assistance(from, to, unit);
        byte[] bytes = pdf.render(document);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"bistandsrapport.pdf\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
