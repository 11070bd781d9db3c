package no.iaverk.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /effekt/eksport.xlsx}: the page's figures as a workbook, read back with POI. */
@IntegrationTest
class EffectExportTest {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPublishedHistory() {
        EffectHistory.create(jdbc);
    }

    @AfterEach
    void removeIt() {
        EffectHistory.remove(jdbc);
    }

    @Test
    void the_workbook_holds_the_filter_the_method_the_summaries_and_every_quarter() throws Exception {
        var answer = mvc.get()
                .uri("/effekt/eksport.xlsx?unit=" + EffectHistory.UNIT + "&level=UNIT")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(answer)
                .hasStatusOk()
                .hasContentTypeCompatibleWith(XLSX)
                .hasHeader("Content-Disposition", "attachment; filename=\"effekt.xlsx\"");

        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()))) {
            List<List<Object>> cells = cells(book.getSheet("Effekt"));
            assertThat(cells)
                    .anySatisfy(
                            row -> assertThat(row).containsExactly("Utvalg", "Enhet: ALS-EFFEKT; Nivå: Enhetsnivå"));
            assertThat(cells)
                    .anySatisfy(
                            row -> assertThat(row).containsExactly("Metode", "staggered-did-knn5-cluster-bootstrap"));
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("Behandlede arbeidsplasser", 20.0));

            List<Object> firstYear = row(cells, "Første år");
            double effect = (Double) firstYear.get(1);
            assertThat(effect).isBetween(-3.0, -1.0);
            assertThat(effect * 10).isEqualTo(Math.rint(effect * 10)); // one decimal, as on the page
            assertThat((Double) firstYear.get(2)).isLessThan(-2.0);
            assertThat((Double) firstYear.get(3)).isGreaterThan(-2.0);
            assertThat(firstYear.get(4)).isEqualTo("prosentpoeng");
            assertThat(row(cells, "Andre år").get(5).toString()).startsWith("Vises ikke");
            assertThat((Double) row(cells, "Tapte dagsverk unngått per år").get(1))
                    .isPositive();
            assertThat(row(cells, "Enkel før/etter").get(5).toString())
                    .startsWith("Her gir de to tallene nesten det samme");
            assertThat(row(cells, "Utvikling før start")).hasSize(6);

            int header = cells.indexOf(row(cells, "Kvartal fra start"));
            List<List<Object>> quarters = cells.subList(header + 1, header + 18);
            assertThat(quarters)
                    .extracting(q -> q.get(0))
                    .containsExactly(
                            -8.0, -7.0, -6.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0,
                            8.0);
            assertThat(quarters.get(7)).containsExactly(-1.0, 0.0, 0.0, 0.0, 20.0);
            assertThat(quarters.get(16)).containsExactly(8.0, "for få");

            List<List<Object>> method = cells(book.getSheet("Metode"));
            assertThat(method)
                    .anySatisfy(row -> assertThat(row.get(0).toString()).contains("regresjon mot gjennomsnittet"));
            assertThat(method)
                    .anySatisfy(row -> assertThat(row.get(0).toString()).contains("999 ganger"));
            assertThat(method.get(method.size() - 1)).containsExactly("Metode: staggered-did-knn5-cluster-bootstrap");
        }
    }

    @Test
    void too_few_treated_gives_the_reason_and_no_figures() throws Exception {
        var answer = mvc.get()
                .uri("/effekt/eksport.xlsx?unit=" + EffectHistory.UNIT + "&level=TOP")
                .with(user(TestUsers.reader()))
                .exchange();

        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()))) {
            List<List<Object>> cells = cells(book.getSheet("Effekt"));
            assertThat(row(cells, "For få arbeidsplasser: ingen tall").get(1).toString())
                    .contains("minst 5 behandlede arbeidsplasser");
            assertThat(cells).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("Første år"));
        }
    }

    private static List<Object> row(List<List<Object>> cells, String first) {
        return cells.stream()
                .filter(row -> !row.isEmpty() && first.equals(row.get(0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + cells));
    }

    /** Each row's cells up to its last: text as text, numbers as Double, an empty cell as "". */
    private static List<List<Object>> cells(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                values.add(
                        cell == null
                                ? ""
                                : cell.getCellType() == CellType.NUMERIC
                                        ? cell.getNumericCellValue()
                                        : cell.toString());
            }
            rows.add(values);
        }
        return rows;
    }
}
