package no.iaverk.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import no.iaverk.reports.AssistanceCollaborations;
import no.iaverk.reports.AssistanceReport;
import no.iaverk.reports.AssistanceReports;
import no.iaverk.reports.CollaborationList;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rapporter", description = "Senter- og landsrapporter laget fra dataene")
class ReportsApiController {

    private final AssistanceReports reports;
    private final AssistanceCollaborations collaborations;

    ReportsApiController(AssistanceReports reports, AssistanceCollaborations collaborations) {
        this.reports = reports;
        this.collaborations = collaborations;
    }

    // The dates arrive as text so that a bad one is a Norwegian 400 naming the parameter, not a conversion error.
    @GetMapping("/api/reports/assistance")
    @Operation(
            summary = "Virksomheter som fikk bistand i perioden (et samarbeid var aktivt minst én dag), for ett"
                    + " arbeidslivssenter (unit) eller hele landet: etter sektor og nivå, senter, fylke, milepæler,"
                    + " varighet, hvem som tok initiativet og tjenesteområde. Overordnet nivå telles én gang,"
                    + " enhetsnivå én gang per enhet. Andeler i prosent med én desimal.")
    AssistanceReport assistance(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit) {
        return reports.assistance(from, to, unit);
    }

    @GetMapping("/api/reports/assistance/collaborations")
    @AuditedRead("ASSISTANCE_COLLABORATIONS")
    @Operation(
            summary =
                    "Samarbeidene bak et tall i bistandsrapporten (saksbehandlere og ledere): én rad per registrering,"
                            + " så total er lik tallet.",
            description = "Parametre: from, to, unit som rapporten, og valgfrie filtre sector, level (UNIT|TOP),"
                    + " category (bransjekategori), centre (senterets kode på raden), countyNumber, ended, status,"
                    + " milestone, band (varighet), initiatedBy, serviceArea, underOneMonth, withInitialMeeting,"
                    + " withAssistanceStarted, withProcessAssistance (true|false). Tallene i Tabell 5-5 er blant de"
                    + " avsluttede: legg til ended=true.")
    CollaborationList collaborations(
            @Parameter(hidden = true) @RequestParam Map<String, String> parameters, CurrentUser user) {
        CollaborationList list = collaborations.list(parameters, user);
        AuditedEnterprises.read(
                list.items().stream().map(CollaborationList.Item::orgNumber).toList());
        return list;
    }
}
