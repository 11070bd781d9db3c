package no.iaverk.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.iaverk.imports.ImportRun;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import no.iaverk.statistics.EnterpriseSickLeave;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.QuarterStatus;
import no.iaverk.statistics.SickLeaveStatistics;
import no.iaverk.statistics.StatisticsImport;
import no.iaverk.statistics.StatisticsImportReport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Sykefraværsstatistikk", description = "Import, publisering og sykefravær per virksomhet")
class StatisticsApiController {

    private final SickLeaveStatistics statistics;
    private final StatisticsImport statisticsImport;
    private final Publication publication;

    StatisticsApiController(
            SickLeaveStatistics statistics, StatisticsImport statisticsImport, Publication publication) {
        this.statistics = statistics;
        this.statisticsImport = statisticsImport;
        this.publication = publication;
    }

    @GetMapping("/api/enterprises/{orgNumber}/sick-leave")
    @Operation(
            summary =
                    "Virksomhetens sykefravær per kvartal og siste fire kvartaler, mot bransje/næring, sektor og land")
    EnterpriseSickLeave sickLeave(@PathVariable OrgNumber orgNumber) {
        return statistics.forEnterprise(orgNumber);
    }

    @PostMapping(value = "/api/statistics/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Importer ett kvartal: én zip i feltet «file», eller JSON-filene som gjentatte «files» (ADMIN)")
    StatisticsImportReport importQuarter(
            @RequestPart(name = "file", required = false) @Nullable List<MultipartFile> zip,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
            CurrentUser user) {
        List<MultipartFile> uploaded = new ArrayList<>();
        for (List<MultipartFile> part : Arrays.asList(zip, files)) {
            if (part != null) {
                uploaded.addAll(part);
            }
        }
        return statisticsImport.pipeline().runUploaded(uploaded, user.username());
    }

    @GetMapping("/api/statistics/imports")
    @Operation(summary = "De siste statistikkimportene (ADMIN)")
    List<ImportRun> history() {
        return statisticsImport.pipeline().latest(50);
    }

    @GetMapping("/api/statistics/imports/{id}")
    ImportRun run(@PathVariable long id) {
        return statisticsImport.pipeline().find(id);
    }

    @GetMapping("/api/statistics/quarters")
    @Operation(summary = "Importerte og varslede kvartaler med publiseringsdato og status")
    List<QuarterStatus> quarters() {
        return publication.quarters();
    }

    @PostMapping("/api/statistics/quarters/{year}/{quarter}/publish")
    @Operation(summary = "Publiser et importert kvartal nå (ADMIN)")
    QuarterStatus publish(@PathVariable int year, @PathVariable int quarter, CurrentUser user) {
        return publication.publish(QuarterAddress.of(year, quarter), user.username());
    }
}
