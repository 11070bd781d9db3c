package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static no.iaverk.statistics.StatisticsFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StatisticsImportTest {

    static final Quarter Q = Quarter.of(2024, 2);
    static final String A = "910000004";
    static final String B = "910000012";
    static final String C = "910000020";

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        StatisticsFixtures.clear(jdbc);
    }

    @Test
    void imports_a_quarter_of_json_files_and_counts_per_file() {
        var report = run(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000), enterprise(B, Q, 8, 10, 400))
                .with("land.json", category("land", "NO", Q, 3_000_000, 600_000, 10_000_000))
                .asJsonFiles());

        assertThat(report.quarter()).isEqualTo(Q);
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.rejected()).isZero();
        assertThat(report.files())
                .extracting(StatisticsImportReport.FileSummary::file, StatisticsImportReport.FileSummary::accepted)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("virksomhet.json", 2L),
                        org.assertj.core.groups.Tuple.tuple("land.json", 1L));
        assertThat(enterpriseRows(Q)).isEqualTo(2);
        assertThat(jdbc.sql("select lost_a + lost_b + lost_c from sick_leave_enterprise where org_number = :org")
                        .param("org", A)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("60");
    }

    @Test
    void a_zip_of_the_files_is_one_import() {
        var report = run(List.of(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000))
                .with("virksomhet_metadata.json", metadata(A, Q, "2", "88.911"))
                .asZip("2024K2.zip")));

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(jdbc.sql("select sector || ' ' || nace_code from sick_leave_enterprise where org_number = :org")
                        .param("org", A)
                        .query(String.class)
                        .single())
                .isEqualTo("2 88.911");
    }

    @Test
    void numbers_may_be_json_numbers_or_numeric_strings() {
        String asStrings = """
                {"årstall": "2024", "kvartal": "2", "orgnr": "%s", "antallPersoner": "12",
                 "tapteDagsverk": "30.5", "muligeDagsverk": "600,25", "prosent": "5.1"}""".formatted(A);
        var report = run(files().with("virksomhet.json", asStrings).asJsonFiles());

        assertThat(report.rejected()).isZero();
        assertThat(report.warnings()).isEmpty();
        assertThat(jdbc.sql("select possible from sick_leave_enterprise")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("600.25");
    }

    @Test
    void every_rejection_reason_is_reported_with_position_and_line() {
        var report = run(files().with(
                        "virksomhet.json",
                        enterprise(A, Q, 20, 60, 1000),
                        enterprise(B, Q, 20, -1, 1000),
                        enterprise(C, Q, 20, 5, 0),
                        enterprise("910000039", Q, 20, 1200, 1000),
                        enterprise("910000047", Q, -3, 10, 1000),
                        enterprise("910000040", Q, 20, 10, 1000),
                        enterprise("910000055", Quarter.of(2024, 1), 20, 10, 1000),
                        enterprise("910000063", Q, 20, 10, 1000).replace("\"kvartal\": 2", "\"kvartal\": 5"),
                        enterprise("910000071", Q, 20, 10, 1000).replace("\"tapteDagsverk\": 10.0000,", ""),
                        enterprise("910000098", Q, 20, 10, 1000)
                                .replace("\"muligeDagsverk\": 1000.0000", "\"muligeDagsverk\": \"mange\""),
                        enterprise(A, Q, 20, 61, 1000),
                        "\"ikke et objekt\"")
                .asJsonFiles());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejections())
                .extracting(ImportProblem::position, ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2L, "negativ verdi for tapteDagsverk: -1.0000"),
                        org.assertj.core.groups.Tuple.tuple(3L, "tapteDagsverk 5.0000 uten mulige dagsverk"),
                        org.assertj.core.groups.Tuple.tuple(
                                4L, "flere tapte dagsverk (1200.0000) enn mulige (1000.0000)"),
                        org.assertj.core.groups.Tuple.tuple(5L, "negativt antallPersoner «-3»"),
                        org.assertj.core.groups.Tuple.tuple(
                                6L, "organisasjonsnummer «910000040» har feil kontrollsiffer (MOD11)"),
                        org.assertj.core.groups.Tuple.tuple(7L, "gjelder 2024K1, men importen gjelder 2024K2"),
                        org.assertj.core.groups.Tuple.tuple(8L, "kvartal «5» finnes ikke (må være 1–4)"),
                        org.assertj.core.groups.Tuple.tuple(9L, "mangler tapteDagsverk"),
                        org.assertj.core.groups.Tuple.tuple(10L, "muligeDagsverk «mange» er ikke et tall"),
                        org.assertj.core.groups.Tuple.tuple(11L, "organisasjonsnummeret står allerede i post 1"),
                        org.assertj.core.groups.Tuple.tuple(12L, "posten er ikke et JSON-objekt"));
        assertThat(report.rejections())
                .allSatisfy(problem -> assertThat(problem.line()).isPositive());
        assertThat(enterpriseRows(Q)).isEqualTo(1);
    }

    @Test
    void a_supplied_percent_far_from_the_workdays_is_kept_with_a_warning_and_recomputed() {
        String record = enterprise(A, Q, 20, 60, 1000).replace("\"rectype\"", "\"prosent\": 7.5, \"rectype\"");
        String close = enterprise(B, Q, 20, 60, 1000).replace("\"rectype\"", "\"prosent\": 6.09, \"rectype\"");
        var report = run(files().with("virksomhet.json", record, close).asJsonFiles());

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo(A);
            assertThat(warning.reason()).contains("7.5", "6.0", "beregnet verdi brukes");
        });
    }

    @Test
    void the_example_file_from_nav_shows_the_nonsense_real_files_can_hold() throws Exception {
        String example = new String(
                new ClassPathResource("dvh/virksomhet-example.json")
                        .getInputStream()
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        var asIs = run(List.of(TestData.text("virksomhet.json", example)));
        // None of its three organisation numbers passes MOD11.
        assertThat(asIs.rejections())
                .extracting(ImportProblem::key)
                .containsExactly("321456789", "987654321", "998877665");

        var withValidNumbers = run(List.of(TestData.text(
                "virksomhet.json",
                example.replace("321456789", A).replace("987654321", B).replace("998877665", C))));
        assertThat(withValidNumbers.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.key()).isEqualTo(A);
            assertThat(rejection.reason()).isEqualTo("flere tapte dagsverk (120.23) enn mulige (77.8716)");
        });
        assertThat(withValidNumbers.accepted()).isEqualTo(2);
        assertThat(withValidNumbers.warnings())
                .extracting(ImportProblem::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("oppgitt prosent 11.0 avviker"))
                .anySatisfy(reason -> assertThat(reason).startsWith("oppgitt prosent 3.44 avviker"))
                .anySatisfy(reason -> assertThat(reason).contains("tapteDagsverkGradert 223.80"));
    }

    @Test
    void re_importing_a_quarter_replaces_it_whole() {
        run(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000), enterprise(B, Q, 20, 60, 1000))
                .asJsonFiles());

        run(files().with("virksomhet.json", enterprise(A, Q, 20, 30, 1000), enterprise(C, Q, 20, 60, 1000))
                .asJsonFiles());

        assertThat(jdbc.sql("select org_number || ':' || lost::int from sick_leave_enterprise order by 1")
                        .query(String.class)
                        .list())
                .containsExactly(A + ":30", C + ":60");
    }

    @Test
    void a_failed_import_leaves_the_previous_data_untouched() {
        run(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000))
                .with("land.json", category("land", "NO", Q, 100, 10, 100))
                .asJsonFiles());
        String whole = StatisticsFixtures.array(enterprise(B, Q, 20, 60, 1000), enterprise(C, Q, 20, 60, 1000));
        var broken = files().with("land.json", category("land", "NO", Q, 200, 20, 100))
                .raw("virksomhet.json", whole.substring(0, whole.length() - 30))
                .asJsonFiles();

        assertThatThrownBy(() -> run(broken))
                .isInstanceOf(StatisticsImportFailed.class)
                .hasMessageContaining("virksomhet.json")
                .hasMessageContaining("Ingenting er importert");

        assertThat(jdbc.sql("select org_number from sick_leave_enterprise")
                        .query(String.class)
                        .list())
                .containsExactly(A);
        assertThat(jdbc.sql("select persons from sick_leave_category where category = 'COUNTRY'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(100);
    }

    @Test
    void category_files_are_stored_and_nav_building_and_construction_add_up_to_one_programme() {
        run(files().with(
                        "bransje.json",
                        category("bransje", "BYGG", Q, 1000, 50, 1000),
                        category("bransje", "ANLEGG", Q, 500, 30, 600),
                        category("bransje", "NÆRINGSMIDDELINDUSTRI", Q, 800, 40, 800))
                .with("sektor.json", category("sektor", "1", Q, 100, 5, 100))
                .with("naering.json", category("næring", "88", Q, 100, 8, 100))
                .with("naeringskode.json", category("næringskode", "88911", Q, 100, 8, 100))
                .asJsonFiles());

        assertThat(codes("INDUSTRY_PROGRAMME"))
                .containsExactly("BYGG_OG_ANLEGG:1500:80", "NARINGSMIDDELINDUSTRI:800:40");
        assertThat(codes("NACE_CODE")).containsExactly("88.911:100:8");
        assertThat(codes("SECTOR")).containsExactly("1:100:5");
    }

    @Test
    void unknown_category_codes_are_rejected() {
        var report = run(files().with(
                        "bransje.json",
                        category("bransje", "FISKE", Q, 10, 1, 10),
                        category("bransje", "SYKEHUS", Q, 10, 1, 10))
                .with("sektor.json", category("sektor", "7", Q, 10, 1, 10))
                .with("naering.json", category("næring", "8", Q, 10, 1, 10))
                .asJsonFiles());

        assertThat(report.rejections())
                .extracting(ImportProblem::reason)
                .containsExactlyInAnyOrder(
                        "ukjent bransje «FISKE»",
                        "ukjent sektor «7» (1 statlig, 2 kommunal, 3 privat)",
                        "næring «8» er ikke to siffer");
    }

    @Test
    void categories_without_a_file_are_computed_from_the_visible_enterprise_rows_and_marked() {
        var report = run(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000), enterprise(B, Q, 2, 10, 100))
                .with("virksomhet_metadata.json", metadata(A, Q, "2", "88.911"), metadata(B, Q, "3", "86.101"))
                .asJsonFiles());

        assertThat(report.computedCategories())
                .contains(Category.COUNTRY, Category.SECTOR, Category.INDUSTRY, Category.NACE_CODE);
        // B has two persons: masked, so left out of every sum and counted instead.
        assertThat(codes("COUNTRY")).containsExactly("NO:20:60");
        assertThat(codes("INDUSTRY")).containsExactly("86:0:0", "88:20:60");
        assertThat(jdbc.sql("select bool_and(computed) from sick_leave_category")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select code || ':' || masked_members || ':' || suppressed from sick_leave_category"
                                + " where category = 'INDUSTRY' order by code")
                        .query(String.class)
                        .list())
                .containsExactly("86:1:true", "88:0:false");
    }

    @Test
    void a_delivered_category_is_withheld_when_it_minus_its_visible_members_leaves_fewer_than_five_persons() {
        run(files().with("virksomhet.json", enterprise(A, Q, 20, 60, 1000), enterprise(B, Q, 2, 10, 100))
                .with("virksomhet_metadata.json", metadata(A, Q, "2", "88.911"), metadata(B, Q, "2", "88.911"))
                .with(
                        "naering.json",
                        category("næring", "88", Q, 24, 75, 1200), // 24 − 20 visible = 4: withheld
                        category("næring", "86", Q, 30, 90, 1500)) // no enterprise of ours: as delivered
                .with("sektor.json", category("sektor", "2", Q, 25, 80, 1300)) // 25 − 20 = 5: shown
                .with("bransje.json", category("bransje", "BARNEHAGER", Q, 23, 72, 1150)) // by NACE 88.911: 3 left
                .with("land.json", category("land", "NO", Q, 4, 10, 100)) // fewer than five persons itself
                .asJsonFiles());

        assertThat(jdbc.sql("select category || ':' || code || ':' || masked_members || ':' || suppressed"
                                + " from sick_leave_category where not computed order by category, code")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "COUNTRY:NO:1:true",
                        "INDUSTRY:86:0:false",
                        "INDUSTRY:88:1:true",
                        "INDUSTRY_PROGRAMME:BARNEHAGER:1:true",
                        "SECTOR:2:1:false");
    }

    @Test
    void the_publication_calendar_is_read_for_every_quarter_it_names() {
        var report = run(files().with(
                        "publiseringsdato.json",
                        StatisticsFixtures.publicationDate(Quarter.of(2024, 2), "2024-09-05T08:00:00"),
                        StatisticsFixtures.publicationDate(Quarter.of(2024, 3), "2024-11-28T08:00:00"),
                        "{\"rapportPeriode\": \"2024XX\", \"offentligDato\": \"2024-11-28T08:00:00\"}")
                .asJsonFiles());

        assertThat(report.quarter()).isNull();
        assertThat(report.publicationCalendar()).containsExactly(Quarter.of(2024, 2), Quarter.of(2024, 3));
        assertThat(report.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("rapportPeriode"));
        assertThat(jdbc.sql("select to_char(public_at at time zone 'Europe/Oslo', 'YYYY-MM-DD HH24:MI')"
                                + " from sick_leave_publication_date where quarter = 3")
                        .query(String.class)
                        .single())
                .isEqualTo("2024-11-28 08:00");
    }

    @Test
    void nothing_that_looks_like_statistics_is_an_error() {
        assertThatThrownBy(() -> run(List.of(TestData.text("notater.txt", "hei"))))
                .isInstanceOf(StatisticsImportFailed.class)
                .hasMessageContaining("Fant ingen");
        assertThatThrownBy(() -> run(List.of(TestData.text("land.json", "{\"land\": \"NO\"}"))))
                .isInstanceOf(StatisticsImportFailed.class)
                .hasMessageContaining("JSON-liste");
    }

    private long enterpriseRows(Quarter quarter) {
        return jdbc.sql("select count(*) from sick_leave_enterprise where period = :period")
                .param("period", quarter.year() * 10 + quarter.quarter())
                .query(Long.class)
                .single();
    }

    private List<String> codes(String category) {
        return jdbc.sql("select code || ':' || persons || ':' || lost::int from sick_leave_category"
                        + " where category = :category order by code")
                .param("category", category)
                .query(String.class)
                .list();
    }

    @Test
    void two_files_of_the_same_kind_in_one_zip_are_refused_naming_both() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String entry : List.of("a/virksomhet.json", "b/virksomhet.json")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write(StatisticsFixtures.array(enterprise(A, Q, 20, 60, 1000))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> run(List.of(TestData.bytes("2024K2.zip", bytes.toByteArray()))))
                .isInstanceOf(StatisticsImportFailed.class)
                .hasMessageContaining("a/virksomhet.json")
                .hasMessageContaining("b/virksomhet.json")
                .hasMessageContaining("Ingenting er importert");
        assertThat(enterpriseRows(Q)).isZero();
    }

    @Test
    void a_blank_file_is_malformed_not_an_empty_import() {
        assertThatThrownBy(() -> run(List.of(TestData.text("virksomhet.json", " \n\t \n"))))
                .isInstanceOf(StatisticsImportFailed.class)
                .hasMessageContaining("JSON-liste");
    }

    private StatisticsImportReport run(List<ImportSource> sources) {
        return StatisticsFixtures.run(statisticsImport, sources);
    }
}
