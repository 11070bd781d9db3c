package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.iaverk.demo.internal.BrregFileWriter.LegalUnit;
import no.iaverk.demo.internal.BrregFileWriter.SubUnit;
import no.iaverk.demo.internal.NorwegianGeography.Municipality;
import no.iaverk.demo.internal.SsbIndustries.Industry;
import org.jspecify.annotations.Nullable;

/**
 * Writes a synthetic Brønnøysund register of national size ({@code enheter.json.gz} and {@code underenheter.json.gz})
 * whose sub-units carry SSB's real employment per NACE code. The same seed gives byte-identical files. Memory stays
 * at the plan's few primitive arrays: records are built one at a time and streamed through gzip.
 */
final class NationalRegisterGenerator {

    static final String LEGAL_UNITS_FILE = "enheter.json.gz";
    static final String SUB_UNITS_FILE = "underenheter.json.gz";
    static final int PROGRESS_EVERY = 100_000;

    record Options(int legalUnits, int subUnits, long seed) {
        static final long DEFAULT_SEED = 2024;

        static Options national() {
            return new Options(RegisterPlan.NATIONAL_LEGAL_UNITS, RegisterPlan.NATIONAL_SUB_UNITS, DEFAULT_SEED);
        }
    }

    record Result(
            Path legalUnitsFile,
            Path subUnitsFile,
            int legalUnits,
            int subUnits,
            long employees,
            int subUnitsWithEmployees,
            long millis) {}

    private static final long FIRST_DAY = LocalDate.of(1995, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2024, 12, 31).toEpochDay();

    private final List<Industry> industries;
    private final NorwegianGeography geography;
    private final Weighted dormantIndustries;

    NationalRegisterGenerator() {
        this.industries = SsbIndustries.load();
        this.geography = new NorwegianGeography(BrregFileWriter.JSON);
        this.dormantIndustries = new Weighted(
                industries.stream().mapToDouble(Industry::dormantWeight).toArray());
    }

    Result generate(Options options, Path directory, Consumer<String> progress) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan ikke opprette " + directory, e);
        }
        var plan = RegisterPlan.build(options.seed(), options.legalUnits(), options.subUnits(), industries, geography);
        progress.accept("Plan klar: %,d enheter, %,d underenheter (%.1f s)"
                .formatted(plan.legalCount, plan.subCount, seconds(started)));
        Path legalFile = directory.resolve(LEGAL_UNITS_FILE);
        Path subFile = directory.resolve(SUB_UNITS_FILE);
        long written = 0;
        var records = new Records(plan, options.seed());
        try (var out = new BrregFileWriter(legalFile)) {
            var random = new SplitMix(options.seed() ^ 0x4C4547414CL);
            for (int i = 0; i < plan.legalCount; i++) {
                out.write(records.legalUnit(i, random));
                written = reportProgress(written, progress);
            }
        }
        try (var out = new BrregFileWriter(subFile)) {
            var random = new SplitMix(options.seed() ^ 0x5355424E49L);
            var numbers = new OrgNumberWalk(options.seed(), OrgNumberWalk.SUB_UNITS);
            for (int j = 0; j < plan.subCount; j++) {
                out.write(records.subUnit(j, Integer.toString(numbers.next()), random));
                written = reportProgress(written, progress);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(
                legalFile, subFile, plan.legalCount, plan.subCount, plan.employees, plan.subUnitsWithEmployees, millis);
    }

    private static long reportProgress(long written, Consumer<String> progress) {
        long now = written + 1;
        if (now % PROGRESS_EVERY == 0) {
            progress.accept("%,d poster skrevet".formatted(now));
        }
        return now;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Turns a planned unit into a record; what the plan leaves open is drawn here, in file order. */
    private final class Records {
        private final RegisterPlan plan;
        private final long seed;

        Records(RegisterPlan plan, long seed) {
            this.plan = plan;
            this.seed = seed;
        }

        LegalUnit legalUnit(int i, SplitMix random) {
            LegalForm form = plan.legalForm[i];
            int municipality = plan.legalMunicipality[i] != RegisterPlan.UNSET
                    ? plan.legalMunicipality[i]
                    : geography.draw(random).index();
            int nace = plan.legalNace[i] != RegisterPlan.UNSET
                    ? plan.legalNace[i]
                    : form.isPublic() ? plan.administrationNace() : dormantIndustries.next(random);
            int employees = plan.legalEmployees[i];
            boolean troubled = !form.isPublic() && random.chance(0.005);
            double trouble = random.nextDouble();
            int parent = plan.legalParent[i];
            return new LegalUnit(
                    Integer.toString(plan.legalOrg[i]),
                    legalName(i, municipality),
                    form,
                    industries.get(nace),
                    secondIndustry(nace, random),
                    employees,
                    registeredOn(random),
                    random.chance(form.isPublic() ? 0.2 : employees > 0 ? 0.8 : 0.3),
                    geography.address(geography.get(municipality), random),
                    troubled && trouble < 0.5,
                    troubled && trouble >= 0.5 && trouble < 0.9,
                    troubled && trouble >= 0.9,
                    parent == RegisterPlan.UNSET ? null : Integer.toString(plan.legalOrg[parent]));
        }

        SubUnit subUnit(int j, String orgNumber, SplitMix random) {
            int owner = plan.subOwner[j];
            LegalForm ownerForm = plan.legalForm[owner];
            int nace = plan.subNace[j];
            int employees = plan.subEmployees[j];
            Municipality municipality = geography.get(plan.subMunicipality[j]);
            String registered = registeredOn(random);
            String started = random.chance(0.88)
                    ? LocalDate.parse(registered)
                            .minusDays(random.nextInt(3650))
                            .toString()
                    : null;
            return new SubUnit(
                    orgNumber,
                    subUnitName(j, owner, ownerForm, nace, municipality),
                    ownerForm.nonBusiness() && employees == 0 && random.chance(0.3),
                    industries.get(nace),
                    secondIndustry(nace, random),
                    employees,
                    registered,
                    random.chance(ownerForm.isPublic() ? 0.1 : employees > 0 ? 0.85 : 0.35),
                    Integer.toString(plan.legalOrg[owner]),
                    started,
                    geography.address(municipality, random));
        }

        private String legalName(int i, int municipality) {
            String place = geography.get(municipality).name();
            int ordinal = plan.legalOrdinal[i];
            return switch (plan.legalForm[i]) {
                case KOMM -> place + " KOMMUNE";
                case FYLK ->
                    geography
                                    .counties()
                                    .getOrDefault(geography.get(municipality).county(), place) + " FYLKESKOMMUNE";
                case MUNICIPAL_ORGL ->
                    place + " KOMMUNE " + NameWords.AGENCIES.get(ordinal % NameWords.AGENCIES.size())
                            + (ordinal < NameWords.AGENCIES.size()
                                    ? ""
                                    : " " + (ordinal / NameWords.AGENCIES.size() + 1));
                case STATE -> "STATEN";
                case STATE_ORGL ->
                    ordinal > 0
                            ? NameWords.MINISTRIES.get(ordinal - 1)
                            : NameWords.legalUnit(LegalForm.STATE_ORGL, nameHash(i));
                default -> NameWords.legalUnit(plan.legalForm[i], nameHash(i));
            };
        }

        /** A branch is named after its owner; a school or nursing home after its place. */
        private String subUnitName(int j, int owner, LegalForm ownerForm, int nace, Municipality municipality) {
            String ownerName = legalName(owner, ownerMunicipality(owner));
            if (ownerForm.isPublic()) {
                String place = NameWords.publicPlace(industries.get(nace).code(), nameHash(-1 - j));
                if (place != null) {
                    return place;
                }
                return plan.subFirst[j] ? ownerName : ownerName + " " + NameWords.place(nameHash(-1 - j));
            }
            return plan.subFirst[j] ? ownerName : ownerName + " AVD " + municipality.name();
        }

        /** Only public bodies are named after their municipality, and their municipality is always planned. */
        private int ownerMunicipality(int owner) {
            int planned = plan.legalMunicipality[owner];
            return planned == RegisterPlan.UNSET ? 0 : planned;
        }

        private long nameHash(long unit) {
            return SplitMix.mix(seed * 0x2545F4914F6CDD1DL + unit);
        }

        private @Nullable Industry secondIndustry(int nace, SplitMix random) {
            if (!random.chance(0.05)) {
                return null;
            }
            int second = dormantIndustries.next(random);
            return second == nace ? null : industries.get(second);
        }

        /** A few registered when the register opened in 1995, the rest more and more often since. */
        private String registeredOn(SplitMix random) {
            long day = random.chance(0.15)
                    ? FIRST_DAY + random.nextInt(365)
                    : FIRST_DAY + 365 + (long) ((LAST_DAY - FIRST_DAY - 365) * Math.sqrt(random.nextDouble()));
            return LocalDate.ofEpochDay(day).toString();
        }
    }
}
