package no.iaverk.trials.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.trials.PowerEstimate;
import no.iaverk.trials.PowerRequest;
import no.iaverk.trials.TrialPower;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Forsøk", description = "Randomiserte forsøk: utforming, skjult stratifisert tildeling, innmelding")
class TrialPowerApiController {

    private final TrialPower power;

    TrialPowerApiController(TrialPower power) {
        this.power = power;
    }

    @GetMapping("/api/trials/power")
    @AuditedRead("TRIAL_POWER")
    @Operation(
            summary = "Styrkeberegning: juridiske enheter et forsøk med to armer trenger, og hvor mange som er"
                    + " kvalifisert i dag",
            description = "Parametre: effect (prosentpoeng blant dem som får bistand, ikke 0; påkrevd),"
                    + " alpha (standard 0,05), power (standard 0,8), uptake (andelen av de tilbudte som takker ja,"
                    + " over 0 og høyst 1; standard 1), ratio (enheter i den sammenlignede armen per enhet i"
                    + " referansearmen; standard 1), ruleSetId, og samme filtre som /api/prioritization (county,"
                    + " municipality, industry, industryProgramme, sector, minEmployees, maxEmployees, minPercent,"
                    + " maxPercent, benchmark, trend, status, owner, noContactMonths). Spredningen er restspredningen"
                    + " etter justering for utgangsnivået per størrelsesgruppe i den nasjonale statistikken.")
    PowerEstimate estimate(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, CurrentUser user) {
        return power.estimate(PowerRequest.parse(parameters), user);
    }
}
