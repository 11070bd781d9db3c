package no.iaverk.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.iaverk.imports.ImportLimits;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.reference.ReferenceData;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Category;
import no.iaverk.statistics.StatisticsImportFailed;
import no.iaverk.statistics.StatisticsImportReport;
import no.iaverk.statistics.StatisticsImportReport.FileSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, validates, stages and stores one quarter's files in a single transaction: everything the report says was
 * stored, or, when a file is unreadable, nothing. The quarter is the one of the first valid record; records for any
 * other quarter are rejected. An import replaces, for its quarter, each kind of data it brings.
 */
@Component
public class StatisticsImporter {

    private static final Logger log = LoggerFactory.getLogger(StatisticsImporter.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DvhReader reader;
    private final DvhValidator validator = new DvhValidator();
    private final int progressEvery;
    private final ReferenceData referenceData;
    private final DisclosureControl disclosure;
    private final ImportLimits limits;

    StatisticsImporter(
            JdbcClient jdbc,
            DataSource dataSource,
            JsonMapper json,
            ReferenceData referenceData,
            DisclosureControl disclosure,
            ImportLimits limits,
            @Value("${iaverk.statistics.progress-every:10000}") int progressEvery) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.dataSource = dataSource;
        this.reader = new DvhReader(json);
        this.progressEvery = progressEvery;
        this.referenceData = referenceData;
        this.disclosure = disclosure;
    }

    /** What one import run collects while reading. */
    private final class Run {
        @Nullable
        Quarter quarter;

        final List<FileSummary> files = new ArrayList<>();
        final List<ImportProblem> rejections = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        final Map<Quarter, DvhValidator.Accepted> calendar = new LinkedHashMap<>();
        final Set<DvhFile> withRecords = EnumSet.noneOf(DvhFile.class);
        final Map<DvhFile, String> fileNames = new HashMap<>();
        long read;
        long accepted;
        long enterpriseRows;
        final ImportProgress progress;

        Run(ImportProgress progress) {
            this.progress = progress;
        }
    }

    @Transactional
    public StatisticsImportReport importFiles(List<ImportSource> sources, long runId, ImportProgress progress) {
        long started = System.currentTimeMillis();
        Run run = new Run(progress);
        List<Category> computed;
        try (QuarterStaging staging = new QuarterStaging(jdbc, dataSource)) {
            // Everything else first, so the metadata is at hand when the enterprise rows stream past. Each pass unpacks
            // everything once, so each gets the whole budget.
            ImportLimits.Budget firstPass = limits.budget();
            for (ImportSource source : sources) {
                StatisticsFiles.forEach(
                        source,
                        firstPass,
                        name -> !isEnterpriseFile(name),
                        (name, in) -> readFile(name, in, staging, run));
            }
            ImportLimits.Budget secondPass = limits.budget();
            for (ImportSource source : sources) {
                StatisticsFiles.forEach(
                        source,
                        secondPass,
                        StatisticsImporter::isEnterpriseFile,
                        (name, in) -> readFile(name, in, staging, run));
            }
            staging.finish();
            log.debug("Read and staged {} records in {} ms", run.read, System.currentTimeMillis() - started);
            progress.recordsRead(run.read);
            if (run.files.isEmpty()) {
                throw StatisticsImportFailed.because(
                        "Fant ingen av NAVs statistikkfiler (land.json, virksomhet.json, ...).");
            }
            computed = store(run, runId, staging);
        }
        return new StatisticsImportReport(
                run.quarter,
                run.files,
                run.read,
                run.accepted,
                run.rejections.size(),
                run.rejections,
                run.warnings,
                computed,
                List.copyOf(run.calendar.keySet()),
                null,
                false,
                System.currentTimeMillis() - started);
    }

    private void readFile(String name, InputStream in, QuarterStaging staging, Run run) {
        var kind = DvhFile.byName(name);
        if (kind.isEmpty()) {
            run.warnings.add(new ImportProblem(name, 0, 0, null, "ukjent fil; ikke lest"));
            return;
        }
        DvhFile file = kind.get();
        String earlier = run.fileNames.putIfAbsent(file, name);
        if (earlier != null) {
            // Two virksomhet.json (say, from two folders of a zip) would be read as one quarter's rows: refuse instead.
            throw StatisticsImportFailed.because(
                    "Importen har to filer av samme slag: %s og %s. Ta med bare én av dem.".formatted(earlier, name));
        }
        staging.begin(file);
        long[] counts = new long[3]; // read, accepted, rejected
        Map<String, Long> categoryKeys = new HashMap<>();
        reader.read(name, in, file, record -> {
            counts[0]++;
            if (++run.read % progressEvery == 0) {
                run.progress.recordsRead(run.read);
            }
            var result = validator.validate(file, record);
            String rejection = result.rejection();
            var accepted = result.accepted();
            if (rejection == null && accepted != null && file != DvhFile.PUBLISERINGSDATO) {
                rejection = otherQuarter(run, accepted.quarter());
            }
            if (rejection == null && accepted != null && file.isCategory()) {
                Long first = categoryKeys.putIfAbsent(String.valueOf(record.key), record.position);
                rejection = first == null ? null : "står allerede i post " + first;
            }
            if (rejection == null && accepted != null && !file.isCategory() && file != DvhFile.PUBLISERINGSDATO) {
                Long first = staging.earlier(file, accepted.key(), record.position);
                rejection = first == null ? null : "organisasjonsnummeret står allerede i post " + first;
            }
            if (rejection != null || accepted == null) {
                counts[2]++;
                run.rejections.add(
                        new ImportProblem(name, record.position, record.line, record.key, String.valueOf(rejection)));
                return;
            }
            counts[1]++;
            run.accepted++;
            result.warnings()
                    .forEach(warning -> run.warnings.add(
                            new ImportProblem(name, record.position, record.line, record.key, warning)));
            if (file == DvhFile.PUBLISERINGSDATO) {
                run.calendar.put(accepted.quarter(), accepted);
            } else {
                run.withRecords.add(file);
                staging.add(record, accepted);
                if (file == DvhFile.VIRKSOMHET) {
                    run.enterpriseRows++;
                }
            }
        });
        run.files.add(new FileSummary(name, file.fileName, counts[0], counts[1], counts[2]));
    }

    /** The import is for one quarter: that of the first valid record. */
    private static @Nullable String otherQuarter(Run run, @Nullable Quarter quarter) {
        if (run.quarter == null) {
            run.quarter = quarter;
            return null;
        }
        return run.quarter.equals(quarter)
                ? null
                : "gjelder %s, men importen gjelder %s".formatted(quarter, run.quarter);
    }

    private List<Category> store(Run run, long runId, QuarterStaging staging) {
        var loader = loader();
        run.calendar.forEach(
                (quarter, entry) -> loader.saveCalendarEntry(quarter, entry.publicAt(), entry.updatedInDvh()));
        Quarter quarter = run.quarter;
        boolean enterpriseRows = run.withRecords.contains(DvhFile.VIRKSOMHET);
        if (staging.loadTableCreated() && (quarter == null || !enterpriseRows)) {
            loader.discardLoadedEnterprises();
        }
        if (quarter == null) {
            return List.of();
        }
        long started = System.currentTimeMillis();
        run.files.stream()
                .filter(summary -> summary.kind().equals(DvhFile.VIRKSOMHET.fileName) && summary.read() > 0)
                .filter(summary -> !enterpriseRows)
                .findFirst()
                .ifPresent(summary -> run.warnings.add(new ImportProblem(
                        summary.file(),
                        0,
                        0,
                        null,
                        "ingen gyldige virksomhetsrader; kvartalets virksomhetstall er ikke endret")));
        if (enterpriseRows) {
            loader.attachLoadedEnterprises(quarter);
            log.debug("Attached the enterprise rows of {} in {} ms", quarter, System.currentTimeMillis() - started);
            loader.saveQuarter(quarter, runId, run.enterpriseRows);
        } else {
            if (staging.hasMetadata()) {
                staging.stageMetadata();
                loader.applyMetadata(quarter);
            }
            loader.saveQuarter(quarter, runId, null);
        }
        for (DvhFile file : run.withRecords) {
            if (file.category != null) {
                loader.replaceCategory(quarter, file.category);
            }
        }
        started = System.currentTimeMillis();
        var computed = loader.computeMissingCategories(quarter);
        disclosure.protect(quarter);
        loader.saveDisclosureVersion(quarter, DisclosureControl.VERSION);
        log.debug("Stored, computed and protected categories in {} ms", System.currentTimeMillis() - started);
        return computed;
    }

    QuarterLoader loader() {
        return new QuarterLoader(
                jdbc,
                referenceData.industryProgrammes().stream()
                        .map(ReferenceData.IndustryProgramme::code)
                        .toList());
    }

    /**
     * Recomputes a stored quarter's computed categories and their protection under the current disclosure rules,
     * for quarters imported before the rules changed.
     */
    @Transactional
    public void recheckDisclosure(Quarter quarter) {
        var loader = loader();
        loader.computeMissingCategories(quarter);
        disclosure.protect(quarter);
        loader.saveDisclosureVersion(quarter, DisclosureControl.VERSION);
    }

    private static boolean isEnterpriseFile(String name) {
        return DvhFile.byName(name).filter(file -> file == DvhFile.VIRKSOMHET).isPresent();
    }

    /** Thrown when a source cannot be opened; becomes a failed import. */
    static StatisticsImportFailed unreadable(String name, IOException e) {
        return StatisticsImportFailed.because("Filen %s kan ikke leses: %s.".formatted(name, e.getMessage()));
    }
}
