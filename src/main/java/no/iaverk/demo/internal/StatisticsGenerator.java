package no.iaverk.demo.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import no.iaverk.demo.internal.SickLeaveModel.Profile;
import no.iaverk.demo.internal.SickLeaveModel.Row;
import no.iaverk.register.Workplace;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes NAV's quarterly sick-leave statistics files in the data warehouse's (DVH) format for the workplaces of a
 * register: one folder per quarter ({@code 2024K2/}) with {@code land}, {@code sektor}, {@code naering}, {@code
 * naeringskode}, {@code bransje}, {@code virksomhet}, {@code virksomhet_metadata} and {@code publiseringsdato}. The
 * register is read once: every quarter's workplace files are written side by side, and only the category sums stay
 * in memory. The category files are exact sums of the workplace rows, because all amounts are whole micro-workdays.
 */
final class StatisticsGenerator {

    static final int PROGRESS_EVERY = 50_000;

    /** NAV withholds a quarter's figures for fewer persons than this; the files carry them, the importer masks. */
    static final int MASKED_BELOW = 5;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    record QuarterSummary(
            Quarter quarter,
            long rows,
            long maskedRows,
            long persons,
            @Nullable BigDecimal percent) {}

    record Result(
            Path directory,
            List<QuarterSummary> quarters,
            long workplaces,
            long workplacesWithStatistics,
            long rows,
            long maskedRows,
            long bytes,
            long millis) {}

    /**
     * Reads the workplaces once from {@code source} (for instance {@code register::forEachWorkplace}) and writes the
     * quarters' folders under {@code directory}.
     */
    Result generate(
            Consumer<Consumer<Workplace>> source,
            List<Quarter> quarters,
            long seed,
            Path directory,
            Consumer<String> progress) {
        return generate(source, quarters, seed, directory, progress, PlantedEffect.NONE);
    }

    /** As above, with a planted effect on the assisted workplaces' sick leave from their start on. */
    Result generate(
            Consumer<Consumer<Workplace>> source,
            List<Quarter> quarters,
            long seed,
            Path directory,
            Consumer<String> progress,
            PlantedEffect effect) {
        long started = System.nanoTime();
        var model = new SickLeaveModel(seed);
        List<QuarterFiles> files = new ArrayList<>();
        long[] counts = new long[2]; // workplaces read, workplaces with a row in some quarter
        try {
            for (Quarter quarter : new TreeSet<>(quarters)) {
                files.add(new QuarterFiles(directory, quarter));
            }
            source.accept(workplace -> {
                if (++counts[0] % PROGRESS_EVERY == 0) {
                    progress.accept("%,d arbeidsplasser lest (%.1f s)".formatted(counts[0], seconds(started)));
                }
                Profile profile = model.profile(workplace);
                if (profile == null) {
                    return;
                }
                var codes = Codes.of(workplace);
                boolean any = false;
                for (QuarterFiles quarter : files) {
                    Row row =
                            model.draw(profile, quarter.quarter, effect.shift(workplace.orgNumber(), quarter.quarter));
                    if (row != null) {
                        quarter.add(workplace.orgNumber(), codes, row);
                        any = true;
                    }
                }
                counts[1] += any ? 1 : 0;
            });
            for (QuarterFiles quarter : files) {
                quarter.finish();
            }
        } finally {
            for (QuarterFiles quarter : files) {
                quarter.close();
            }
        }
        List<QuarterSummary> summaries =
                files.stream().map(QuarterFiles::summary).toList();
        long bytes = files.stream().mapToLong(QuarterFiles::bytes).sum();
        return new Result(
                directory,
                summaries,
                counts[0],
                counts[1],
                summaries.stream().mapToLong(QuarterSummary::rows).sum(),
                summaries.stream().mapToLong(QuarterSummary::maskedRows).sum(),
                bytes,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The categories a workplace counts in, as DVH codes them: sector "3" when unknown, the NACE code without its dot
     * ({@code 88.911} → {@code 88911}), zeros for an unknown industry.
     */
    record Codes(
            String sector,
            String industry,
            String industryCode,
            @Nullable String bransje) {
        static Codes of(Workplace workplace) {
            String nace = workplace.naceCode();
            String code = ((nace == null ? "" : nace.replaceAll("\\D", "")) + "00000").substring(0, 5);
            String industry = workplace.industry();
            if (industry == null || industry.length() != 2) {
                industry = code.substring(0, 2);
            }
            Integer sector = workplace.sector();
            return new Codes(
                    sector == null ? "3" : sector.toString(),
                    industry,
                    code,
                    bransjeCode(workplace.industryProgramme(), industry));
        }
    }

    /** NAV's bransje code, or null where NAV publishes none (the oil and gas suppliers, construction outside 41/42). */
    static @Nullable String bransjeCode(@Nullable String programme, String industry) {
        if (programme == null) {
            return null;
        }
        return switch (programme) {
            case "BARNEHAGER", "SYKEHJEM", "SYKEHUS", "TRANSPORT" -> programme;
            case "NARINGSMIDDELINDUSTRI" -> "NÆRINGSMIDDELINDUSTRI";
            case "BYGG_OG_ANLEGG" ->
                switch (industry) {
                    case "41" -> "BYGG";
                    case "42" -> "ANLEGG";
                    default -> null;
                };
            default -> null;
        };
    }

    /** When NAV publishes a quarter: early June, early September, late November and early March the year after. */
    static LocalDate publishedOn(Quarter quarter) {
        return switch (quarter.quarter()) {
            case 1 -> firstThursday(quarter.year(), 6);
            case 2 -> firstThursday(quarter.year(), 9);
            case 3 -> LocalDate.of(quarter.year(), 11, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY));
            default -> firstThursday(quarter.year() + 1, 3);
        };
    }

    private static LocalDate firstThursday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
    }

    /** lost / possible × 100, HALF_UP to one decimal; null without possible workdays. */
    static @Nullable BigDecimal percent(long lost, long possible) {
        if (possible == 0) {
            return null;
        }
        return BigDecimal.valueOf(lost)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
    }

    /** Micro-workdays (never negative) as a JSON number with at most six decimals and no trailing zeros. */
    static String amount(long micros) {
        long fraction = micros % SickLeaveModel.MICROS;
        if (fraction == 0) {
            return Long.toString(micros / SickLeaveModel.MICROS);
        }
        String digits = Long.toString(fraction + SickLeaveModel.MICROS); // "1" and six digits
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return micros / SickLeaveModel.MICROS + "." + digits.substring(1, end);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The sums behind one category record. */
    private static final class Totals {
        long persons;
        long possible;
        long lost;
        long graded;
        final long[] byDuration = new long[SickLeaveModel.DURATIONS.length()];

        void add(Row row) {
            persons += row.persons();
            possible += row.possible();
            lost += row.lost();
            graded += row.graded();
            for (int c = 0; c < byDuration.length; c++) {
                byDuration[c] += row.byDuration()[c];
            }
        }
    }

    /** One quarter's folder: the workplace files are open during the pass, the rest are written at the end. */
    private static final class QuarterFiles {
        final Quarter quarter;
        final Path folder;
        final JsonArrayFile workplaces;
        final JsonArrayFile metadata;
        final Totals land = new Totals();
        final Map<String, Totals> sectors = new TreeMap<>();
        final Map<String, Totals> industries = new TreeMap<>();
        final Map<String, Totals> industryCodes = new TreeMap<>();
        final Map<String, Totals> programmes = new TreeMap<>();
        long rows;
        long masked;

        QuarterFiles(Path directory, Quarter quarter) {
            this.quarter = quarter;
            this.folder = directory.resolve(quarter.toString());
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Kan ikke opprette " + folder, e);
            }
            this.workplaces = new JsonArrayFile(folder.resolve("virksomhet.json"));
            this.metadata = new JsonArrayFile(folder.resolve("virksomhet_metadata.json"));
        }

        void add(String orgNumber, Codes codes, Row row) {
            JsonGenerator json = workplaces.json;
            json.writeStartObject();
            json.writeStringProperty("orgnr", orgNumber);
            figures(json, null, null, row.persons(), row.possible(), row.lost());
            details(json, row.graded(), row.byDuration());
            json.writeStringProperty("rectype", "1");
            json.writeEndObject();

            json = metadata.json;
            json.writeStartObject();
            json.writeStringProperty("orgnr", orgNumber);
            json.writeNumberProperty("årstall", quarter.year());
            json.writeNumberProperty("kvartal", quarter.quarter());
            json.writeStringProperty("sektor", codes.sector());
            json.writeStringProperty("primærnæring", codes.industry());
            json.writeStringProperty("primærnæringskode", codes.industryCode());
            json.writeStringProperty("rectype", "1");
            json.writeEndObject();

            land.add(row);
            sectors.computeIfAbsent(codes.sector(), code -> new Totals()).add(row);
            industries.computeIfAbsent(codes.industry(), code -> new Totals()).add(row);
            industryCodes
                    .computeIfAbsent(codes.industryCode(), code -> new Totals())
                    .add(row);
            if (codes.bransje() != null) {
                programmes
                        .computeIfAbsent(codes.bransje(), code -> new Totals())
                        .add(row);
            }
            rows++;
            masked += row.persons() < MASKED_BELOW ? 1 : 0;
        }

        void finish() {
            categories("land.json", "land", Map.of("NO", land), false);
            categories("sektor.json", "sektor", sectors, false);
            categories("naering.json", "næring", industries, true);
            categories("naeringskode.json", "næringskode", industryCodes, true);
            categories("bransje.json", "bransje", programmes, true);
            try (var out = new JsonArrayFile(folder.resolve("publiseringsdato.json"))) {
                for (int i = 0; i < 4; i++) {
                    Quarter published = quarter.plus(i);
                    LocalDate day = publishedOn(published);
                    out.json.writeStartObject();
                    out.json.writeStringProperty(
                            "rapportPeriode", "%d%02d".formatted(published.year(), published.quarter()));
                    out.json.writeStringProperty("offentligDato", TIMESTAMP.format(day.atTime(8, 0)));
                    // DVH has the figures about two weeks before they are published.
                    out.json.writeStringProperty(
                            "oppdatertIDvh", TIMESTAMP.format(day.minusDays(16).atTime(10, 0)));
                    out.json.writeEndObject();
                }
            }
        }

        private void categories(String file, String field, Map<String, Totals> totals, boolean withDetails) {
            try (var out = new JsonArrayFile(folder.resolve(file))) {
                for (var entry : totals.entrySet()) {
                    Totals sums = entry.getValue();
                    out.json.writeStartObject();
                    figures(out.json, field, entry.getKey(), sums.persons, sums.possible, sums.lost);
                    if (withDetails) {
                        details(out.json, sums.graded, sums.byDuration);
                    }
                    out.json.writeEndObject();
                }
            }
        }

        private void figures(
                JsonGenerator json,
                @Nullable String field,
                @Nullable String code,
                long persons,
                long possible,
                long lost) {
            json.writeNumberProperty("årstall", quarter.year());
            json.writeNumberProperty("kvartal", quarter.quarter());
            if (field != null && code != null) {
                json.writeStringProperty(field, code);
            }
            BigDecimal percent = percent(lost, possible);
            if (percent == null) {
                json.writeNullProperty("prosent");
            } else {
                json.writeNumberProperty("prosent", percent);
            }
            json.writeName("tapteDagsverk");
            json.writeNumber(amount(lost));
            json.writeName("muligeDagsverk");
            json.writeNumber(amount(possible));
            json.writeNumberProperty("antallPersoner", persons);
        }

        private static void details(JsonGenerator json, long graded, long[] byDuration) {
            json.writeName("tapteDagsverkGradert");
            json.writeNumber(amount(graded));
            json.writeArrayPropertyStart("tapteDagsverkPerVarighet");
            for (int c = 0; c < byDuration.length; c++) {
                json.writeStartObject();
                json.writeStringProperty("varighet", String.valueOf(SickLeaveModel.DURATIONS.charAt(c)));
                json.writeName("tapteDagsverk");
                json.writeNumber(amount(byDuration[c]));
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        QuarterSummary summary() {
            return new QuarterSummary(quarter, rows, masked, land.persons, percent(land.lost, land.possible));
        }

        /** What the folder holds after the run. */
        long bytes() {
            File[] written = folder.toFile().listFiles();
            return written == null
                    ? 0
                    : Arrays.stream(written).mapToLong(File::length).sum();
        }

        void close() {
            workplaces.close();
            metadata.close();
        }
    }
}
