package no.iaverk.prioritization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.prioritization.TrialMarker;
import org.junit.jupiter.api.Test;

/** CSV cells as a spreadsheet reads them: text that would start a formula is neutralised, numbers are not. */
class CsvExporterTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        assertThat(CsvExporter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExporter.cell("+47 55 55 55 55")).isEqualTo("'+47 55 55 55 55");
        assertThat(CsvExporter.cell("-1 AS")).isEqualTo("'-1 AS");
        assertThat(CsvExporter.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvExporter.cell("\tTAB AS")).isEqualTo("'\tTAB AS");
        assertThat(CsvExporter.cell("BERGEN = BEST AS")).isEqualTo("BERGEN = BEST AS");
        assertThat(CsvExporter.cell(new BigDecimal("-2.0"))).isEqualTo("-2,0");
    }

    @Test
    void names_and_the_head_are_neutralised_in_a_whole_file() throws Exception {
        var out = new ByteArrayOutputStream();
        var layout = new ListExporter.Layout(
                "Prioritering",
                List.<String[]>of(new String[] {"Regelsett", "=1+1 (sykefravær ≥ 8 %)"}),
                List.of("Organisasjonsnummer", "Navn"),
                "skjermet",
                "delvis skjermet",
                status -> status,
                trial -> trial.trialName());
        try (var csv = new CsvExporter(out, layout)) {
            csv.row(new PriorityRow(
                    "910000020",
                    "=cmd|' /C calc'!A0",
                    null,
                    null,
                    10,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal("-1.5"),
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    new TrialMarker(1L, "=2+2", "OFFER", "Tilbud", true)));
        }
        String file = out.toString(StandardCharsets.UTF_8);
        assertThat(file).contains("Regelsett;'=1+1 (sykefravær ≥ 8 %)\r\n");
        assertThat(file).contains("910000020;'=cmd|' /C calc'!A0;;10;;;;;;-1,5;;;;'=2+2\r\n");
    }
}
