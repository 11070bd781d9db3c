package no.iaverk.register;

import static no.iaverk.BrregJson.array;
import static no.iaverk.BrregJson.legalUnit;
import static no.iaverk.BrregJson.subUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegisterImportTest {

    static final String LEGAL = "910000004";
    static final String SUB = "910000012";
    static final String OTHER = "910000020";

    @Autowired
    RegisterImport registerImport;

    @Autowired
    EnterpriseRegister register;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyRegister() {
        jdbc.sql("truncate enterprise, import_run").update();
    }

    @Test
    void the_example_files_give_1374_legal_units_and_1879_sub_units_all_linked_and_placed() {
        var report = importExamples();

        assertThat(report.recordsRead()).isEqualTo(3253);
        assertThat(report.inserted()).isEqualTo(3253);
        assertThat(report.rejected()).isZero();
        assertThat(report.unmappedMunicipalities()).isEmpty();
        assertThat(report.municipalitiesRemapped()).isGreaterThan(150);
        assertThat(count("enterprise where not sub_unit")).isEqualTo(1374);
        assertThat(count("enterprise where sub_unit")).isEqualTo(1879);
        assertThat(count("enterprise child where child.sub_unit and not exists"
                        + " (select 1 from enterprise legal where legal.org_number = child.parent_org_number"
                        + " and not legal.sub_unit)"))
                .isZero();
        assertThat(count("enterprise e where not exists (select 1 from municipality m join county c"
                        + " on c.number = m.county_number where m.number = e.municipality_number)"))
                .isZero();
        assertThat(count("enterprise where sub_unit and sector is null")).isZero();
    }

    @Test
    void old_municipality_numbers_are_mapped_and_the_reported_number_is_kept() {
        importExamples();

        assertThat(count("enterprise where reported_municipality_number like '30%' and municipality_number like '3_%'"
                        + " and municipality_number not like '30%'"))
                .isGreaterThan(50);
        assertThat(count("enterprise where reported_municipality_number = '1507' and municipality_number = '1508'"))
                .isEqualTo(2);
    }

    @Test
    void re_importing_the_same_files_changes_nothing() {
        importExamples();
        var before = jdbc.sql("select max(changed_at)::text from enterprise")
                .query(String.class)
                .single();

        var again = importExamples();

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3253);
        assertThat(jdbc.sql("select max(changed_at)::text from enterprise")
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void plain_and_gzipped_files_read_the_same() {
        var report = run(
                TestData.bytes("enheter.json", TestData.plain(TestData.ENHETER)),
                TestData.classpath(TestData.UNDERENHETER));
        assertThat(report.inserted()).isEqualTo(3253);
    }

    @Test
    void a_record_with_a_bad_org_number_is_rejected_with_its_position_and_the_rest_imported() {
        var report = run(TestData.text(
                "enheter.json",
                array(
                        legalUnit(LEGAL, "GOD BARNEHAGE AS", "AS", "2100", "4601"),
                        legalUnit("910000005", "FEIL KONTROLLSIFFER AS", "AS", "2100", "4601"),
                        legalUnit("12345", "FOR KORT AS", "AS", "2100", "4601"),
                        legalUnit(OTHER, "ANNEN AS", "AS", "2100", "4601"))));

        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.rejections()).hasSize(2);
        var first = report.rejections().get(0);
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.line()).isGreaterThan(1);
        assertThat(first.key()).isEqualTo("910000005");
        assertThat(first.reason()).contains("kontrollsiffer");
        assertThat(report.rejections().get(1).reason()).contains("ikke ni siffer");
        assertThat(register.exists(OrgNumber.of(LEGAL))).isTrue();
        assertThat(register.exists(OrgNumber.of(OTHER))).isTrue();
    }

    @Test
    void records_without_name_or_form_or_with_a_bad_parent_are_rejected() {
        String noName = legalUnit(LEGAL, "X", "AS", "2100", "4601").replace("\"navn\": \"X\",", "");
        String noForm = legalUnit(SUB, "Y", "AS", "2100", "4601")
                .replace("\"organisasjonsform\": {\"kode\": \"AS\", \"beskrivelse\": \"Form AS\"},", "");
        var report = run(TestData.text(
                "mix.json", array(noName, noForm, subUnit(OTHER, "BARNEHAGE", "999999990", "88.911", 3), "42")));

        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.rejections())
                .extracting(ImportProblem::reason)
                .containsExactly(
                        "mangler navn",
                        "mangler organisasjonsform",
                        "overordnet enhet: organisasjonsnummer «999999990» har feil kontrollsiffer (MOD11)",
                        "posten er ikke et JSON-objekt");
        assertThat(count("enterprise")).isZero();
    }

    @Test
    void a_truncated_file_imports_nothing_and_leaves_the_register_as_it_was() {
        run(TestData.text("enheter.json", array(legalUnit(LEGAL, "FØR AS", "AS", "2100", "4601"))));
        String whole = array(
                legalUnit(LEGAL, "ETTER AS", "AS", "2100", "4601"), legalUnit(OTHER, "NY AS", "AS", "2100", "4601"));
        var truncated = TestData.text("enheter.json", whole.substring(0, whole.length() - 40));

        assertThatThrownBy(() -> run(truncated))
                .isInstanceOf(RegisterImportFailed.class)
                .hasMessageContaining("enheter.json")
                .hasMessageContaining("Ingenting er importert");

        assertThat(register.get(OrgNumber.of(LEGAL)).name()).isEqualTo("FØR AS");
        assertThat(register.exists(OrgNumber.of(OTHER))).isFalse();
    }

    @Test
    void a_truncated_gzip_file_imports_nothing() throws IOException {
        byte[] gz = gzip(array(legalUnit(LEGAL, "A AS", "AS", "2100", "4601")));
        var truncated = TestData.bytes("enheter.json.gz", Arrays.copyOf(gz, gz.length - 10));

        assertThatThrownBy(() -> run(truncated)).isInstanceOf(RegisterImportFailed.class);
        assertThat(count("enterprise")).isZero();
    }

    @Test
    void a_file_that_is_not_a_list_fails_with_a_clear_message() {
        assertThatThrownBy(() -> run(TestData.text("api.json", "{\"_embedded\": {\"enheter\": []}}")))
                .isInstanceOf(RegisterImportFailed.class)
                .hasMessageContaining("JSON-liste");
        assertThatThrownBy(() -> run(TestData.text("tom.json", ""))).isInstanceOf(RegisterImportFailed.class);
        assertThatThrownBy(() -> run(TestData.text("rot.json", "[{\"organisasjonsnummer\": ]")))
                .isInstanceOf(RegisterImportFailed.class);
    }

    @Test
    void a_failed_import_is_recorded_in_the_history_with_its_reason() {
        assertThatThrownBy(() -> run(TestData.text("rot.json", "[")));

        ImportRun run = runs.latest(RegisterImport.KIND, 1).get(0);
        assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(run.summary()).contains("rot.json");
    }

    @Test
    void a_successful_import_is_recorded_with_its_report() {
        run(TestData.text("enheter.json", array(legalUnit(LEGAL, "A AS", "AS", "2100", "4601"))));

        ImportRun run =
                runs.find(runs.latest(RegisterImport.KIND, 1).get(0).id()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
        assertThat(run.recordsRead()).isEqualTo(1);
        assertThat(run.reportJson()).contains("\"inserted\": 1");
    }

    @Test
    void legal_units_and_sub_units_are_told_apart_per_record_in_any_order() {
        run(TestData.text(
                "blandet.json",
                array(
                        subUnit(SUB, "AVDELING BERGEN", LEGAL, "88.911", 40),
                        legalUnit(LEGAL, "KOMMUNEN", "KOMM", "6500", "4601"))));

        var legal = register.get(OrgNumber.of(LEGAL));
        var sub = register.get(OrgNumber.of(SUB));
        assertThat(legal.subUnit()).isFalse();
        assertThat(sub.subUnit()).isTrue();
        assertThat(sub.parent().orgNumber()).isEqualTo(LEGAL);
        assertThat(sub.parent().name()).isEqualTo("KOMMUNEN");
        assertThat(sub.sector().code()).isEqualTo("2"); // inherited from the municipality
        assertThat(legal.subUnits()).extracting(EnterpriseSummary::orgNumber).containsExactly(SUB);
    }

    @Test
    void a_sub_unit_imported_before_its_legal_unit_is_linked_once_the_legal_unit_arrives() {
        run(TestData.text("underenheter.json", array(subUnit(SUB, "AVDELING", LEGAL, "88.911", 40))));
        assertThat(register.get(OrgNumber.of(SUB)).sector()).isNull();

        run(TestData.text("enheter.json", array(legalUnit(LEGAL, "STATEN", "ORGL", "6100", "4601"))));

        var sub = register.get(OrgNumber.of(SUB));
        assertThat(sub.parent().name()).isEqualTo("STATEN");
        assertThat(sub.sector().code()).isEqualTo("1");
    }

    @Test
    void deleted_and_bankrupt_units_are_marked_not_dropped() {
        run(TestData.text(
                "enheter.json",
                array(
                        legalUnit(LEGAL, "KONKURS AS", "AS", "2100", "4601")
                                .replace("\"konkurs\": false", "\"konkurs\": true"),
                        legalUnit(OTHER, "SLETTET AS", "AS", "2100", "4601", "\"slettedato\": \"2024-05-01\","),
                        subUnit(
                                SUB,
                                "NEDLAGT",
                                LEGAL,
                                "88.911",
                                0,
                                "4601",
                                "BERGEN",
                                "\"nedleggelsesdato\": \"2023-01-31\","))));

        assertThat(register.get(OrgNumber.of(LEGAL)).status()).isEqualTo(EnterpriseStatus.BANKRUPT);
        var deleted = register.get(OrgNumber.of(OTHER));
        assertThat(deleted.status()).isEqualTo(EnterpriseStatus.DELETED);
        assertThat(deleted.deletedOn()).hasToString("2024-05-01");
        assertThat(register.get(OrgNumber.of(SUB)).status()).isEqualTo(EnterpriseStatus.DELETED);
    }

    @Test
    void an_unknown_municipality_keeps_the_record_and_is_listed() {
        var report = run(TestData.text(
                "underenheter.json", array(subUnit(SUB, "UKJENT STED", LEGAL, "88.911", 4, "9999", "ATLANTIS", ""))));

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.unmappedMunicipalities()).singleElement().satisfies(unmapped -> {
            assertThat(unmapped.orgNumber()).isEqualTo(SUB);
            assertThat(unmapped.reportedNumber()).isEqualTo("9999");
            assertThat(unmapped.reportedName()).isEqualTo("ATLANTIS");
        });
        var address = register.get(OrgNumber.of(SUB)).address();
        assertThat(address.municipality()).isNull();
        assertThat(address.reportedMunicipalityNumber()).isEqualTo("9999");
    }

    @Test
    void wrong_single_fields_are_set_aside_with_a_warning() {
        String record = subUnit(SUB, "RAR", LEGAL, "8891", 4)
                .replace("\"antallAnsatte\": 4", "\"antallAnsatte\": -3")
                .replace(
                        "\"registreringsdatoEnhetsregisteret\": \"2021-03-15\"",
                        "\"registreringsdatoEnhetsregisteret\": \"15.03.2021\"");
        var report = run(TestData.text("underenheter.json", array(record)));

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.warnings())
                .extracting(ImportProblem::reason)
                .anySatisfy(reason -> assertThat(reason).contains("naeringskode1 «8891»"))
                .anySatisfy(reason -> assertThat(reason).contains("antallAnsatte «-3»"))
                .anySatisfy(reason -> assertThat(reason).contains("registreringsdatoEnhetsregisteret"));
        var sub = register.get(OrgNumber.of(SUB));
        assertThat(sub.nace()).isNull();
        assertThat(sub.employees()).isNull();
    }

    @Test
    void the_same_org_number_twice_keeps_the_last_and_warns() {
        var report = run(TestData.text(
                "enheter.json",
                array(
                        legalUnit(LEGAL, "FØRSTE", "AS", "2100", "4601"),
                        legalUnit(LEGAL, "SISTE", "AS", "2100", "4601"))));

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.reason()).contains("2 ganger"));
        assertThat(register.get(OrgNumber.of(LEGAL)).name()).isEqualTo("SISTE");
    }

    @Test
    void a_changed_field_updates_the_enterprise_and_is_counted() {
        run(TestData.text("enheter.json", array(legalUnit(LEGAL, "GAMMELT NAVN", "AS", "2100", "4601"))));

        var report = run(TestData.text(
                "enheter.json",
                array(
                        legalUnit(LEGAL, "NYTT NAVN", "AS", "2100", "4601"),
                        legalUnit(OTHER, "NY", "AS", "2100", "4601"))));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(register.get(OrgNumber.of(LEGAL)).name()).isEqualTo("NYTT NAVN");
    }

    @Test
    void an_assigned_programme_survives_a_re_import() {
        run(TestData.text("enheter.json", array(legalUnit(LEGAL, "RIGG AS", "AS", "2100", "4601"))));
        register.assignIndustryProgramme(OrgNumber.of(LEGAL), "OLJE_OG_GASS_LEVERANDOR");

        var report = run(TestData.text("enheter.json", array(legalUnit(LEGAL, "RIGG AS", "AS", "2100", "4601"))));

        assertThat(report.unchanged()).isEqualTo(1);
        var programme = register.get(OrgNumber.of(LEGAL)).industryProgramme();
        assertThat(programme.code()).isEqualTo("OLJE_OG_GASS_LEVERANDOR");
        assertThat(programme.assigned()).isTrue();
    }

    @Test
    void industry_and_programme_follow_the_nace_code() {
        run(TestData.text(
                "underenheter.json",
                array(
                        subUnit(SUB, "SYKEHJEMMET", LEGAL, "87.102", 80),
                        subUnit(OTHER, "BUSSEN", LEGAL, "49.391", 30))));

        var home = register.get(OrgNumber.of(SUB));
        assertThat(home.industry().code()).isEqualTo("87");
        assertThat(home.industryProgramme().code()).isEqualTo("SYKEHJEM");
        assertThat(home.industryProgramme().assigned()).isFalse();
        assertThat(register.get(OrgNumber.of(OTHER)).industryProgramme().code()).isEqualTo("TRANSPORT");
    }

    @Test
    void progress_is_reported_while_reading() {
        List<Long> seen = new java.util.ArrayList<>();
        registerImport.run(
                List.of(TestData.classpath(TestData.ENHETER), TestData.classpath(TestData.UNDERENHETER)),
                "test",
                seen::add);
        assertThat(seen).isNotEmpty().last().isEqualTo(3253L);
    }

    private RegisterImportReport importExamples() {
        return run(TestData.classpath(TestData.ENHETER), TestData.classpath(TestData.UNDERENHETER));
    }

    private RegisterImportReport run(ImportSource... sources) {
        return registerImport.run(List.of(sources), "test", ImportProgress.NONE);
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static byte[] gzip(String text) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
