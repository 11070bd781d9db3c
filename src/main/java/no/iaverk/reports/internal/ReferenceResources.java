package no.iaverk.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.ResourceFigures;
import no.iaverk.reports.ResourcesReport.PrintedTotal;
import no.iaverk.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The mapping report's resource figures for 2019–2022 (Oslo Economics' report on the working-life centres, Tabell 4-1
 * budgets and county shares, Tabell 4-2 staff as measured in June 2022, so held as 2022), from
 * {@code reference/reports/}: one row per centre and year with the lines of the report's text it comes from, and the
 * table's printed "Sum" row. Blank is what the report leaves out ("-").
 */
public final class ReferenceResources {

    public record Figures(String unitCode, int year, ResourceFigures figures, String sourceReference) {}

    public record Total(int year, PrintedTotal total) {}

    private ReferenceResources() {}

    public static List<Figures> figures() {
        return read("reference/reports/resources-2019-2022.csv").stream()
                .map(row -> new Figures(
                        row.get("unit_code"),
                        Integer.parseInt(row.get("year")),
                        new ResourceFigures(
                                decimal(row.get("budget_mnok")),
                                decimal(row.get("county_budget_share")),
                                row.get("headcount").isBlank() ? null : Integer.valueOf(row.get("headcount")),
                                decimal(row.get("fte"))),
                        row.get("source_reference")))
                .toList();
    }

    public static List<Total> printedTotals() {
        return read("reference/reports/resources-printed-totals-2019-2022.csv").stream()
                .map(row -> new Total(
                        Integer.parseInt(row.get("year")),
                        new PrintedTotal(
                                decimal(row.get("budget_mnok")),
                                decimal(row.get("county_budget_share")),
                                row.get("source_reference"))))
                .toList();
    }

    private static @Nullable BigDecimal decimal(String text) {
        return text.isBlank() ? null : new BigDecimal(text);
    }

    private static List<Map<String, String>> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Csv.read(in, ',');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
