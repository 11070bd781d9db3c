package no.iaverk.register;

import java.util.List;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * What a register import did. Counts are per distinct organisation number; {@code rejections} lists every record
 * that was left out, {@code warnings} every record that was kept with something set aside (a problem's key is the organisation number), and
 * {@code unmappedMunicipalities} every record whose municipality could not be placed in today's map.
 */
public record RegisterImportReport(
        List<String> files,
        long recordsRead,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        long municipalitiesRemapped,
        List<ImportProblem> rejections,
        List<ImportProblem> warnings,
        List<UnmappedMunicipality> unmappedMunicipalities,
        long durationMillis)
        implements ImportReport {

    public record UnmappedMunicipality(
            String file,
            long position,
            String orgNumber,
            String reportedNumber,
            @Nullable String reportedName) {}

    @Override
    public long accepted() {
        return inserted + updated + unchanged;
    }

    @Override
    public String summary() {
        return "%d lest: %d nye, %d endret, %d uendret, %d avvist, %d kommuner uten treff"
                .formatted(recordsRead, inserted, updated, unchanged, rejected, unmappedMunicipalities.size());
    }
}
