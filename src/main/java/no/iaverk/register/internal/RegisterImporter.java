package no.iaverk.register.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.iaverk.imports.ImportLimits;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.reference.Classification;
import no.iaverk.register.RegisterImportReport;
import no.iaverk.register.RegisterImportReport.UnmappedMunicipality;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads, validates, stages and merges one import's files in a single transaction. */
@Component
public class RegisterImporter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final BrregJsonReader reader;
    private final BrregRecordMapper mapper;
    private final int progressEvery;
    private final long bulkThreshold;
    private final ImportLimits limits;

    RegisterImporter(
            JdbcClient jdbc,
            DataSource dataSource,
            JsonMapper json,
            Classification classification,
            ImportLimits limits,
            @Value("${iaverk.register.progress-every:5000}") int progressEvery,
            @Value("${iaverk.register.bulk-threshold:100000}") long bulkThreshold) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.reader = new BrregJsonReader(json);
        this.mapper = new BrregRecordMapper(classification);
        this.progressEvery = progressEvery;
        this.bulkThreshold = bulkThreshold;
        this.limits = limits;
    }

    @Transactional
    public RegisterImportReport importAll(List<ImportSource> sources, ImportProgress progress) {
        long started = System.currentTimeMillis();
        try (var staging = new EnterpriseStaging(jdbc, dataSource, bulkThreshold)) {
            return importAll(sources, progress, staging, started);
        }
    }

    private RegisterImportReport importAll(
            List<ImportSource> sources, ImportProgress progress, EnterpriseStaging staging, long started) {
        var rejections = new ArrayList<ImportProblem>();
        var warnings = new ArrayList<ImportProblem>();
        var unmapped = new ArrayList<UnmappedMunicipality>();
        long[] read = {0};
        long[] remapped = {0};
        ImportLimits.Budget budget = limits.budget();
        for (ImportSource source : sources) {
            reader.read(source, budget, (record, position, line) -> {
                var mapped = mapper.map(record);
                if (mapped.row() == null) {
                    rejections.add(new ImportProblem(
                            source.name(), position, line, mapped.orgNumber(), String.valueOf(mapped.rejection())));
                } else {
                    staging.add(mapped.row());
                    mapped.warnings()
                            .forEach(warning -> warnings.add(
                                    new ImportProblem(source.name(), position, line, mapped.orgNumber(), warning)));
                    switch (mapped.municipalityMethod()) {
                        case CHANGED, BY_NAME -> remapped[0]++;
                        case UNMAPPED ->
                            unmapped.add(new UnmappedMunicipality(
                                    source.name(),
                                    position,
                                    mapped.row().orgNumber(),
                                    String.valueOf(mapped.row().reportedMunicipalityNumber()),
                                    mapped.row().reportedMunicipalityName()));
                        default -> {}
                    }
                }
                if (++read[0] % progressEvery == 0) {
                    progress.recordsRead(read[0]);
                }
            });
        }
        progress.recordsRead(read[0]);
        staging.finishStaging();
        var duplicates = staging.duplicates();
        for (var duplicate : duplicates) {
            warnings.add(new ImportProblem(
                    "",
                    0,
                    0,
                    duplicate.orgNumber(),
                    "forekommer %d ganger i importen; den siste er brukt".formatted(duplicate.occurrences())));
        }
        var counts = staging.merge(!duplicates.isEmpty());
        return new RegisterImportReport(
                sources.stream().map(ImportSource::name).toList(),
                read[0],
                counts.inserted(),
                counts.updated(),
                counts.staged() - counts.inserted() - counts.updated(),
                rejections.size(),
                remapped[0],
                rejections,
                warnings,
                unmapped,
                System.currentTimeMillis() - started);
    }
}
