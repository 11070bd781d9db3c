package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.iaverk.register.Workplace;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatisticsGeneratorTest {

    static final List<Quarter> QUARTERS = Quarter.range(Quarter.of(2023, 1), Quarter.of(2024, 4));
    static final long SEED = 42;
    static final List<String> CATEGORY_FILES =
            List.of("land.json", "sektor.json", "naering.json", "naeringskode.json", "bransje.json");
    static final List<String> FILES = List.of(
            "land.json",
            "sektor.json",
            "naering.json",
            "naeringskode.json",
            "bransje.json",
            "virksomhet.json",
            "virksomhet_metadata.json",
            "publiseringsdato.json");

    /** Exact decimals, so that sums can be compared to the last digit. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** NACE code, industry, programme, sector: kinds of workplaces the statistics break down by. */
    static final String[][] KINDS = {
        {"88.911", "88", "BARNEHAGER", "2"},
        {"88.911", "88", "BARNEHAGER", "3"},
        {"87.101", "87", "SYKEHJEM", "2"},
        {"86.101", "86", "SYKEHUS", "1"},
        {"10.110", "10", "NARINGSMIDDELINDUSTRI", "3"},
        {"41.200", "41", "BYGG_OG_ANLEGG", "3"},
        {"42.110", "42", "BYGG_OG_ANLEGG", "3"},
        {"43.210", "43", null, "3"},
        {"49.391", "49", "TRANSPORT", "3"},
        {"09.101", "09", "OLJE_OG_GASS_LEVERANDOR", "3"},
        {"62.010", "62", null, null},
        {"47.111", "47", null, "3"},
        {"84.110", "84", null, "2"},
        {null, null, null, null},
    };

    @TempDir
    Path folder;

    @Test
    void the_same_seed_gives_identical_files_and_another_seed_other_figures() throws IOException {
        List<Workplace> workplaces = workplaces(600);
        generate(workplaces, SEED, folder.resolve("a"));
        generate(workplaces, SEED, folder.resolve("b"));
        generate(workplaces, SEED + 1, folder.resolve("c"));

        for (Quarter quarter : QUARTERS) {
            for (String file : FILES) {
                assertThat(bytes("a", quarter, file)).as(quarter + "/" + file).isEqualTo(bytes("b", quarter, file));
            }
            assertThat(bytes("a", quarter, "virksomhet.json")).isNotEqualTo(bytes("c", quarter, "virksomhet.json"));
        }
    }

    @Test
    void the_order_of_the_workplaces_does_not_change_any_figure() throws IOException {
        List<Workplace> workplaces = workplaces(600);
        List<Workplace> reversed = new ArrayList<>(workplaces);
        Collections.reverse(reversed);
        generate(workplaces, SEED, folder.resolve("a"));
        generate(reversed, SEED, folder.resolve("b"));

        for (Quarter quarter : QUARTERS) {
            for (String file : CATEGORY_FILES) {
                assertThat(bytes("a", quarter, file)).as(quarter + "/" + file).isEqualTo(bytes("b", quarter, file));
            }
            assertThat(byOrgNumber(read(folder.resolve("a"), quarter, "virksomhet.json")))
                    .isEqualTo(byOrgNumber(read(folder.resolve("b"), quarter, "virksomhet.json")));
        }
    }

    @Test
    void the_category_files_are_the_sums_of_the_workplace_rows() throws IOException {
        List<Workplace> workplaces = workplaces(1_500);
        Map<String, Workplace> byOrg = new HashMap<>();
        workplaces.forEach(workplace -> byOrg.put(workplace.orgNumber(), workplace));
        generate(workplaces, SEED, folder);

        for (Quarter quarter : QUARTERS) {
            List<JsonNode> rows = read(folder, quarter, "virksomhet.json");
            assertSums(quarter, "land.json", "land", rows, row -> "NO", false);
            assertSums(quarter, "sektor.json", "sektor", rows, row -> sector(byOrg.get(orgnr(row))), false);
            assertSums(quarter, "naering.json", "næring", rows, row -> industry(byOrg.get(orgnr(row))), true);
            assertSums(quarter, "naeringskode.json", "næringskode", rows, row -> nace(byOrg.get(orgnr(row))), true);
            assertSums(quarter, "bransje.json", "bransje", rows, row -> bransje(byOrg.get(orgnr(row))), true);
        }
        assertThat(codes(read(folder, QUARTERS.get(0), "bransje.json"), "bransje"))
                .containsExactly(
                        "ANLEGG", "BARNEHAGER", "BYGG", "NÆRINGSMIDDELINDUSTRI", "SYKEHJEM", "SYKEHUS", "TRANSPORT");
        assertThat(codes(read(folder, QUARTERS.get(0), "sektor.json"), "sektor"))
                .containsExactly("1", "2", "3");
        assertThat(codes(read(folder, QUARTERS.get(0), "naeringskode.json"), "næringskode"))
                .contains("88911", "00000")
                .allMatch(code -> code.matches("\\d{5}"));
    }

    @Test
    void every_workplace_row_is_consistent_and_its_metadata_matches() throws IOException {
        List<Workplace> workplaces = workplaces(1_500);
        generate(workplaces, SEED, folder);

        for (Quarter quarter : QUARTERS) {
            List<JsonNode> rows = read(folder, quarter, "virksomhet.json");
            List<JsonNode> metadata = read(folder, quarter, "virksomhet_metadata.json");
            assertThat(rows).isNotEmpty().hasSameSizeAs(metadata);
            for (JsonNode row : rows) {
                BigDecimal lost = row.get("tapteDagsverk").decimalValue();
                BigDecimal possible = row.get("muligeDagsverk").decimalValue();
                BigDecimal graded = row.get("tapteDagsverkGradert").decimalValue();
                assertThat(row.get("årstall").intValue()).isEqualTo(quarter.year());
                assertThat(row.get("kvartal").intValue()).isEqualTo(quarter.quarter());
                assertThat(row.get("antallPersoner").intValue()).isPositive();
                assertThat(lost).isBetween(BigDecimal.ZERO, possible);
                assertThat(graded).isBetween(BigDecimal.ZERO, lost);
                assertThat(List.of(lost, possible, graded)).allMatch(amount -> amount.scale() <= 6);
                assertThat(durations(row).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(lost);
                assertThat(durations(row)).containsOnlyKeys("A", "B", "C", "D", "E", "F");
                BigDecimal percent = row.get("prosent").decimalValue();
                assertThat(percent).isBetween(BigDecimal.ZERO, new BigDecimal("100.0"));
                assertThat(percent).isEqualByComparingTo(percent(lost, possible));
                assertThat(row.get("rectype").asString()).isEqualTo("1");
            }
            for (JsonNode row : metadata) {
                assertThat(row.get("kvartal").intValue()).isEqualTo(quarter.quarter());
                assertThat(row.get("sektor").asString()).matches("[123]");
                assertThat(row.get("primærnæringskode").asString())
                        .startsWith(row.get("primærnæring").asString());
            }
        }
    }

    @Test
    void only_workplaces_with_employees_get_statistics_and_some_are_small_enough_to_be_masked() throws IOException {
        List<Workplace> workplaces = workplaces(1_500);
        var result = generate(workplaces, SEED, folder);

        long employing = workplaces.stream()
                .filter(workplace -> workplace.employees() != null && workplace.employees() > 0)
                .count();
        // A few are new and have no statistics yet in these quarters.
        assertThat(result.workplacesWithStatistics())
                .isLessThanOrEqualTo(employing)
                .isGreaterThan(employing * 9 / 10);
        var withoutEmployees = workplaces.stream()
                .filter(workplace -> workplace.employees() == null || workplace.employees() == 0)
                .map(Workplace::orgNumber)
                .toList();
        assertThat(withoutEmployees).isNotEmpty();
        for (Quarter quarter : QUARTERS) {
            assertThat(read(folder, quarter, "virksomhet.json"))
                    .extracting(StatisticsGeneratorTest::orgnr)
                    .doesNotContainAnyElementsOf(withoutEmployees);
        }
        List<JsonNode> rows = read(folder, QUARTERS.get(QUARTERS.size() - 1), "virksomhet.json");
        assertThat(rows).hasSizeGreaterThan((int) (employing * 9 / 10));
        long small = rows.stream()
                .filter(row -> row.get("antallPersoner").intValue() < 5)
                .count();
        long withoutSickLeave = rows.stream()
                .filter(row -> row.get("tapteDagsverk").decimalValue().signum() == 0)
                .count();
        assertThat(small).isGreaterThan(rows.size() / 10);
        assertThat(withoutSickLeave).isPositive();
        assertThat(result.maskedRows()).isPositive().isLessThan(result.rows());
        assertThat(result.quarters()).hasSize(QUARTERS.size());
    }

    @Test
    void sick_leave_is_higher_in_the_first_quarter_than_in_the_third_and_plausible_by_industry() throws IOException {
        generate(workplaces(3_000), SEED, folder);

        for (int year : new int[] {2023, 2024}) {
            BigDecimal first = nationalPercent(Quarter.of(year, 1));
            BigDecimal third = nationalPercent(Quarter.of(year, 3));
            assertThat(first).isGreaterThan(third);
            assertThat(List.of(first, third))
                    .allMatch(percent -> percent.doubleValue() > 3 && percent.doubleValue() < 10);
        }
        Quarter quarter = Quarter.of(2024, 2);
        var bransjer = byCode(read(folder, quarter, "bransje.json"), "bransje");
        var industries = byCode(read(folder, quarter, "naering.json"), "næring");
        assertThat(bransjer.get("BARNEHAGER").get("prosent").decimalValue())
                .isGreaterThan(industries.get("62").get("prosent").decimalValue());
    }

    @Test
    void the_publication_calendar_lists_this_quarter_and_the_next_three() throws IOException {
        generate(workplaces(50), SEED, folder);

        List<JsonNode> calendar = read(folder, Quarter.of(2024, 2), "publiseringsdato.json");
        assertThat(calendar)
                .extracting(entry -> entry.get("rapportPeriode").asString())
                .containsExactly("202402", "202403", "202404", "202501");
        assertThat(calendar)
                .extracting(entry -> entry.get("offentligDato").asString())
                .containsExactly(
                        "2024-09-05T08:00:00", "2024-11-28T08:00:00", "2025-03-06T08:00:00", "2025-06-05T08:00:00");
        assertThat(calendar.get(0).get("oppdatertIDvh").asString()).isEqualTo("2024-08-20T10:00:00");
    }

    // ---- helpers

    StatisticsGenerator.Result generate(List<Workplace> workplaces, long seed, Path directory) {
        return new StatisticsGenerator().generate(workplaces::forEach, QUARTERS, seed, directory, line -> {});
    }

    /** Workplaces of every kind with sizes from one person to a few thousand, some without employees. */
    static List<Workplace> workplaces(int count) {
        var random = new SplitMix(7);
        List<Workplace> workplaces = new ArrayList<>();
        for (int i = 0; workplaces.size() < count; i++) {
            String first = "9%07d".formatted(10_000 + i);
            Integer check = OrgNumber.checkDigit(first);
            if (check == null) {
                continue;
            }
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            Integer employees = size(random);
            if (random.chance(0.08)) {
                employees = random.chance(0.5) ? null : Integer.valueOf(0);
            }
            workplaces.add(new Workplace(
                    first + check,
                    "Arbeidsplass " + i,
                    kind[0],
                    kind[1],
                    kind[2],
                    kind[3] == null ? null : Integer.valueOf(kind[3]),
                    "0301",
                    employees));
        }
        return workplaces;
    }

    private static int size(SplitMix random) {
        return (int) Math.min(3_000, random.pareto(0.9));
    }

    private void assertSums(
            Quarter quarter,
            String file,
            String field,
            List<JsonNode> rows,
            Function<JsonNode, @Nullable String> category,
            boolean details)
            throws IOException {
        Map<String, List<JsonNode>> grouped = new TreeMap<>();
        for (JsonNode row : rows) {
            String code = category.apply(row);
            if (code != null) {
                grouped.computeIfAbsent(code, key -> new ArrayList<>()).add(row);
            }
        }
        var records = byCode(read(folder, quarter, file), field);
        assertThat(records.keySet()).as(quarter + "/" + file).isEqualTo(grouped.keySet());
        for (var entry : grouped.entrySet()) {
            JsonNode record = records.get(entry.getKey());
            String what = quarter + "/" + file + "/" + entry.getKey();
            BigDecimal lost = sum(entry.getValue(), "tapteDagsverk");
            BigDecimal possible = sum(entry.getValue(), "muligeDagsverk");
            assertThat(record.get("årstall").intValue()).isEqualTo(quarter.year());
            assertThat(record.get("tapteDagsverk").decimalValue()).as(what).isEqualByComparingTo(lost);
            assertThat(record.get("muligeDagsverk").decimalValue()).as(what).isEqualByComparingTo(possible);
            assertThat(record.get("antallPersoner").longValue())
                    .as(what)
                    .isEqualTo(entry.getValue().stream()
                            .mapToLong(row -> row.get("antallPersoner").longValue())
                            .sum());
            assertThat(record.get("prosent").decimalValue()).as(what).isEqualByComparingTo(percent(lost, possible));
            if (details) {
                assertThat(record.get("tapteDagsverkGradert").decimalValue())
                        .as(what)
                        .isEqualByComparingTo(sum(entry.getValue(), "tapteDagsverkGradert"));
                for (var duration : durations(record).entrySet()) {
                    BigDecimal expected = entry.getValue().stream()
                            .map(row -> durations(row).get(duration.getKey()))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(duration.getValue())
                            .as(what + "/" + duration.getKey())
                            .isEqualByComparingTo(expected);
                }
            } else {
                assertThat(record.has("tapteDagsverkGradert")).isFalse();
            }
        }
    }

    private BigDecimal nationalPercent(Quarter quarter) throws IOException {
        return read(folder, quarter, "land.json").get(0).get("prosent").decimalValue();
    }

    private byte[] bytes(String run, Quarter quarter, String file) throws IOException {
        return Files.readAllBytes(
                folder.resolve(run).resolve(quarter.toString()).resolve(file));
    }

    static List<JsonNode> read(Path directory, Quarter quarter, String file) throws IOException {
        JsonNode array = JSON.readTree(
                Files.readString(directory.resolve(quarter.toString()).resolve(file)));
        List<JsonNode> records = new ArrayList<>();
        array.forEach(records::add);
        return records;
    }

    static Map<String, JsonNode> byCode(List<JsonNode> records, String field) {
        Map<String, JsonNode> byCode = new TreeMap<>();
        records.forEach(record -> byCode.put(record.get(field).asString(), record));
        return byCode;
    }

    static List<String> codes(List<JsonNode> records, String field) {
        return records.stream().map(record -> record.get(field).asString()).toList();
    }

    static Map<String, String> byOrgNumber(List<JsonNode> rows) {
        Map<String, String> byOrg = new TreeMap<>();
        rows.forEach(row -> byOrg.put(orgnr(row), row.toString()));
        return byOrg;
    }

    static Map<String, BigDecimal> durations(JsonNode record) {
        Map<String, BigDecimal> durations = new TreeMap<>();
        record.get("tapteDagsverkPerVarighet")
                .forEach(part -> durations.put(
                        part.get("varighet").asString(),
                        part.get("tapteDagsverk").decimalValue()));
        return durations;
    }

    static BigDecimal sum(List<JsonNode> rows, String field) {
        return rows.stream().map(row -> row.get(field).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal percent(BigDecimal lost, BigDecimal possible) {
        return lost.multiply(BigDecimal.valueOf(100)).divide(possible, 1, RoundingMode.HALF_UP);
    }

    static String orgnr(JsonNode row) {
        return row.get("orgnr").asString();
    }

    // The expected codes, spelled out here rather than taken from the generator.

    static String sector(Workplace workplace) {
        return workplace.sector() == null ? "3" : workplace.sector().toString();
    }

    static String industry(Workplace workplace) {
        return workplace.industry() == null ? "00" : workplace.industry();
    }

    static String nace(Workplace workplace) {
        return workplace.naceCode() == null ? "00000" : workplace.naceCode().replace(".", "");
    }

    static @Nullable String bransje(Workplace workplace) {
        String programme = workplace.industryProgramme();
        if (programme == null || programme.equals("OLJE_OG_GASS_LEVERANDOR")) {
            return null;
        }
        if (programme.equals("BYGG_OG_ANLEGG")) {
            return workplace.industry().equals("41") ? "BYGG" : "ANLEGG";
        }
        return programme.equals("NARINGSMIDDELINDUSTRI") ? "NÆRINGSMIDDELINDUSTRI" : programme;
    }
}
