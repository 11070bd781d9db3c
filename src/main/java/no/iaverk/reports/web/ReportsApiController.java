package no.iaverk.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.reports.AssistanceReport;
import no.iaverk.reports.AssistanceReports;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rapporter", description = "Senter- og landsrapporter laget fra dataene")
class ReportsApiController {

    private final AssistanceReports reports;

    ReportsApiController(AssistanceReports reports) {
        this.reports = reports;
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
}
