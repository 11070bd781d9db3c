package no.iaverk.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.reports.AssistanceReport;
import no.iaverk.reports.AssistanceReports;
import no.iaverk.reports.ReportTable;
import no.iaverk.reports.ReportTables;
import no.iaverk.reports.ResourceTables;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the {@link ReportDocument} that all three outputs render, from the same parameters as the API. */
@Component
class ReportDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");

    private final AssistanceReports reports;
    private final ReportTables tables;
    private final ResourceTables resourceTables;
    private final NavUnits units;
    private final MessageSource messages;
    private final Clock clock;

    ReportDocuments(
            AssistanceReports reports,
            ReportTables tables,
            ResourceTables resourceTables,
            NavUnits units,
            MessageSource messages,
            Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.resourceTables = resourceTables;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report for the parameters; throws the API's 400 ({@code InvalidParameterException}) when one is wrong. */
    ReportDocument assistance(@Nullable String from, @Nullable String to, @Nullable String unit) {
        AssistanceReport report = reports.assistance(from, to, unit);
        String unitCode = report.unit();
        String unitName = unitCode == null
                ? text("report.unit.all")
                : units.find(unitCode).map(NavUnit::name).orElse(unitCode);
        // The clock runs in Norway's time zone (iaverk.web.time-zone), so "now" is the time people read.
        String made = ZonedDateTime.now(clock).format(TIME);
        String query = "from=" + report.from() + "&to=" + report.to()
                + (unitCode == null ? "" : "&unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8));
        // The assistance tables, then hours, cost-benefit and resources for the same period and unit.
        List<ReportTable> all = new ArrayList<>(tables.of(report));
        all.addAll(resourceTables.of(report.from(), report.to(), unitCode));
        return new ReportDocument(
                text("report.title"),
                messages.getMessage(
                        "report.period",
                        new Object[] {report.from().format(DATE), report.to().format(DATE)},
                        MessageBundle.NORWEGIAN),
                unitName,
                made,
                query,
                all);
    }

    /** The page's default period: the last full calendar year, the span the centres report on. */
    LocalDate[] defaultPeriod() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        return new LocalDate[] {LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31)};
    }

    private String text(String key) {
        return messages.getMessage(key, null, MessageBundle.NORWEGIAN);
    }
}
