package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.reports.CostBenefit.Benefit;
import no.iaverk.reports.CostBenefit.Interval;
import no.iaverk.reports.CostBenefit.WithheldReason;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The cost-benefit table from a {@link CostBenefit}: an estimated row carries every figure with its interval as
 * numbers and the pre-trend warning in its label; a withheld row keeps its hours and cost and gives its reason.
 */
class ResourceTablesTest {

    private final ResourceTables tables = new ResourceTables(null, null, null, messages());

    @Test
    void an_estimated_row_has_its_intervals_as_numbers_and_a_pre_trend_warning_in_its_label() {
        Benefit estimated = new Benefit(
                true,
                "staggered-did-knn5-cluster-bootstrap",
                12,
                60,
                1,
                null,
                null,
                new Interval(new BigDecimal("-0.80"), new BigDecimal("-1.50"), new BigDecimal("-0.10")),
                new Interval(new BigDecimal("240"), new BigDecimal("30"), new BigDecimal("450")),
                new Interval(new BigDecimal("1128000"), new BigDecimal("141000"), new BigDecimal("2115000")),
                new Interval(new BigDecimal("5.64"), new BigDecimal("0.71"), new BigDecimal("10.58")),
                true);
        Benefit withheld = new Benefit(
                false,
                "staggered-did-knn5-cluster-bootstrap",
                2,
                0,
                0,
                WithheldReason.TOO_FEW_TREATED,
                "For få arbeidsplasser.",
                null,
                null,
                null,
                null,
                false);
        CostBenefit costs = costBenefit(List.of(
                new CostBenefit.Row(
                        "PROCESS",
                        "Prosessbistand",
                        14,
                        AdviserHours.Tally.of(20, 20, new BigDecimal("200")),
                        new BigDecimal("200000"),
                        estimated),
                new CostBenefit.Row(
                        "KNOWLEDGE_TRANSFER",
                        "Kompetanseoverføring",
                        2,
                        AdviserHours.Tally.of(3, 2, new BigDecimal("7.5")),
                        new BigDecimal("7500"),
                        withheld)));

        ReportTable table =
                tables.costBenefit("costBenefitForms", "report.column.assistanceForm", costs.byAssistanceForm(), costs);

        assertThat(table.title()).isEqualTo("Kost-nytte etter bistandsform");
        assertThat(table.columns()).hasSize(15).contains("Effekt lav", "Forhold høy");
        assertThat(table.note()).startsWith("Metode.").contains("Timekostnad 1", "Lav og høy");
        ReportTable.Row process = table.rows().get(0);
        assertThat(process.label()).isEqualTo("Prosessbistand (ulik trend før start)");
        assertThat(process.note()).isNull();
        assertThat(process.cells()).hasSize(15);
        assertThat(process.cells().stream().map(ReportTable.Cell::value).toList())
                .containsExactly(
                        new BigDecimal("14"),
                        new BigDecimal("200.0"),
                        new BigDecimal("200000"),
                        new BigDecimal("-0.80"),
                        new BigDecimal("-1.50"),
                        new BigDecimal("-0.10"),
                        new BigDecimal("240"),
                        new BigDecimal("30"),
                        new BigDecimal("450"),
                        new BigDecimal("1128000"),
                        new BigDecimal("141000"),
                        new BigDecimal("2115000"),
                        new BigDecimal("5.64"),
                        new BigDecimal("0.71"),
                        new BigDecimal("10.58"));
        assertThat(process.cells().get(12).text()).isEqualTo("5,64");
        assertThat(process.cells()).allMatch(cell -> !cell.linked());
        ReportTable.Row knowledge = table.rows().get(1);
        assertThat(knowledge.label()).isEqualTo("Kompetanseoverføring");
        assertThat(knowledge.cells()).hasSize(3);
        assertThat(knowledge.note()).isEqualTo("For få arbeidsplasser.");
        assertThat(knowledge.noteSpan(table.columns().size())).isEqualTo(12);
        assertThat(table.chartRows()).containsExactly(process); // the withheld row has nothing to draw
    }

    private static CostBenefit costBenefit(List<CostBenefit.Row> byForm) {
        AdviserHours.Tally none = AdviserHours.Tally.of(0, 0, BigDecimal.ZERO);
        return new CostBenefit(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                null,
                "Metode.",
                new BigDecimal("1000"),
                new BigDecimal("4700"),
                List.of(),
                List.of(),
                byForm,
                new CostBenefit.NotAttributed(none, 0, none, 0));
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("templates/reports/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
