package no.iaverk.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.reports.LeadersOverview;
import no.iaverk.reports.LeadersOverviews;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rapporter", description = "Senter- og landsrapporter laget fra dataene")
class LeadersApiController {

    private final LeadersOverviews overviews;

    LeadersApiController(LeadersOverviews overviews) {
        this.overviews = overviews;
    }

    // Counts only, no enterprise named: not audit-logged (see LeadersOverviews).
    @GetMapping("/api/reports/leaders")
    @Operation(
            summary = "Lederoversikt for en enhet (unit; tom: brukerens egen): per rådgiver bare antall – åpne saker"
                    + " etter status, aktive samarbeid og de som har passert planlagt slutt, gjennomførte aktiviteter"
                    + " siste 30 dager etter kanal, forfalte planlagte aktiviteter og tjenesteområder levert; per"
                    + " enhet porteføljen mot enhetens regelsett og samarbeid startet og avsluttet per kvartal (siste"
                    + " 8). Superbruker: egen enhet; administrator: alle enheter.")
    LeadersOverview leaders(@RequestParam(required = false) @Nullable String unit, CurrentUser user) {
        return overviews.overview(unit, user);
    }
}
