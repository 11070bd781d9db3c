package no.iaverk.trials.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.trials.Adherence;
import no.iaverk.trials.TrialBalance;
import no.iaverk.trials.TrialFlow;
import no.iaverk.trials.TrialFollowUp;
import no.iaverk.trials.TrialResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Forsøk", description = "Randomiserte forsøk: utforming, skjult stratifisert tildeling, innmelding")
class TrialFollowUpApiController {

    private final TrialFollowUp followUp;

    TrialFollowUpApiController(TrialFollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/api/trials/{trialId}/flow")
    @Operation(
            summary = "Flyten (CONSORT): vurdert, ekskludert, randomisert, per arm tildelt, mottatt, tapt, analysert")
    TrialFlow flow(@PathVariable long trialId, CurrentUser user, HttpServletRequest http) {
        return followUp.flow(trialId, user, AuditLog.Channel.API, http.getRequestURI());
    }

    @GetMapping("/api/trials/{trialId}/balance")
    @Operation(
            summary = "Balansetabellen ved randomisering med standardiserte forskjeller (per arm: superbruker"
                    + " mens forsøket pågår)")
    TrialBalance balance(@PathVariable long trialId, CurrentUser user, HttpServletRequest http) {
        return followUp.balance(trialId, user, AuditLog.Channel.API, http.getRequestURI());
    }

    @GetMapping("/api/trials/{trialId}/adherence")
    @Operation(summary = "Etterlevelse per virksomhet: varighet, deltakere, kanaler og rådgivertimer mot armen")
    List<Adherence> adherence(@PathVariable long trialId, CurrentUser user, HttpServletRequest http) {
        return followUp.adherence(trialId, user, AuditLog.Channel.API, http.getRequestURI());
    }

    @GetMapping("/api/trials/{trialId}/analysis")
    @Operation(summary = "Analysen etter tildelt arm: ANCOVA med HC2-intervaller og stratifisert permutasjonstest")
    TrialResults analysis(@PathVariable long trialId, CurrentUser user, HttpServletRequest http) {
        return followUp.analysis(trialId, user, AuditLog.Channel.API, http.getRequestURI());
    }
}
