package no.iaverk.reports.web;

import java.util.List;
import no.iaverk.reports.ReportTable;

/**
 * A report as the page, the workbook and the PDF show it: its header (period, unit and when it was made, in
 * Norwegian), its tables, and {@code query} (from, to and unit as URL parameters) for the links and downloads.
 */
record ReportDocument(String title, String period, String unit, String made, String query, List<ReportTable> tables) {}
