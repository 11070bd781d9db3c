package no.iaverk.register;

import java.util.List;
import no.iaverk.imports.ImportKind;
import no.iaverk.imports.ImportPipeline;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRunner;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.internal.RegisterImporter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports Brønnøysund's bulk files (enheter and underenheter, plain or gzipped, in any mix) into the register. One
 * import is one transaction: it changes everything it reports, or, if a file is malformed, nothing at all. Every
 * import is recorded in the import history with its report.
 */
@Service
public class RegisterImport {

    public static final String KIND = "REGISTER";
    static final String BUSY = "En import av enhetsregisteret pågår allerede. Prøv igjen når den er ferdig.";
    private static final ImportKind IMPORT_KIND =
            new ImportKind(KIND, BUSY, "Velg minst én fil å importere.", "registerimport");

    private final ImportPipeline<RegisterImportReport> pipeline;

    RegisterImport(RegisterImporter importer, ImportRunner runner, ApplicationEventPublisher events) {
        this.pipeline = runner.pipeline(
                IMPORT_KIND,
                (sources, runId, progress) -> importer.importAll(sources, progress),
                report -> events.publishEvent(RegisterChanged.all()));
    }

    /**
     * Imports now and returns the report; throws {@link RegisterImportFailed} when nothing could be imported, and
     * {@link no.iaverk.imports.ImportAlreadyRunning} (409) at once while another import of the kind runs: imports of a
     * kind take turns, on every instance.
     */
    public RegisterImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
        return pipeline.run(sources, startedBy, progress);
    }

    /** The uploads, the run pages and the history of register imports go through the same pipeline. */
    public ImportPipeline<RegisterImportReport> pipeline() {
        return pipeline;
    }
}
