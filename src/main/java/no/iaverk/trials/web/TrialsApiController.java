package no.iaverk.trials.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.trials.Enrolment;
import no.iaverk.trials.Enrolments;
import no.iaverk.trials.RevealedAllocation;
import no.iaverk.trials.Trial;
import no.iaverk.trials.TrialDesign;
import no.iaverk.trials.TrialDesigns;
import no.iaverk.trials.TrialStart;
import no.iaverk.trials.TrialStarted;
import no.iaverk.trials.Trials;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Forsøk", description = "Randomiserte forsøk: utforming, skjult stratifisert tildeling, innmelding")
class TrialsApiController {

    private final Trials trials;
    private final TrialDesigns designs;
    private final TrialStart starts;
    private final Enrolments enrolments;

    TrialsApiController(Trials trials, TrialDesigns designs, TrialStart starts, Enrolments enrolments) {
        this.trials = trials;
        this.designs = designs;
        this.starts = starts;
        this.enrolments = enrolments;
    }

    @PostMapping("/api/trials")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Utform et forsøk (superbruker); det blir et utkast (DRAFT)")
    Trial design(@RequestBody TrialDesign design, CurrentUser user) {
        return designs.design(design, user);
    }

    @GetMapping("/api/trials")
    @Operation(summary = "Alle forsøk, nyeste først (aldri tildelingen før forsøket er avsluttet)")
    List<Trial> list() {
        return trials.list();
    }

    @GetMapping("/api/trials/{trialId}")
    @Operation(summary = "Ett forsøk (aldri tildelingen før forsøket er avsluttet)")
    Trial get(@PathVariable long trialId) {
        return trials.get(trialId);
    }

    @PostMapping("/api/trials/{trialId}/start")
    @Operation(summary = "Start forsøket (superbruker): fryser listen, trekker sekvensen og publiserer sjekksummen")
    TrialStarted start(@PathVariable long trialId, CurrentUser user) {
        return starts.start(trialId, user);
    }

    record EnrolmentRequest(@Nullable String orgNumber) {}

    @PostMapping("/api/trials/{trialId}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Meld en virksomhet inn (saksbehandler); armen vises først nå, og innmeldingen kan ikke gjøres om")
    Enrolment enrol(
            @PathVariable long trialId,
            @RequestBody EnrolmentRequest request,
            CurrentUser user,
            HttpServletRequest http) {
        String problem = OrgNumber.problemWith(request.orgNumber());
        if (problem != null) {
            throw new InvalidParameterException("orgNumber", "Ugyldig innmelding: " + problem + ".");
        }
        return enrolments.enrol(
                trialId,
                OrgNumber.of(String.valueOf(request.orgNumber())),
                user,
                AuditLog.Channel.API,
                http.getRequestURI());
    }

    @PostMapping("/api/trials/{trialId}/close")
    @Operation(summary = "Avslutt forsøket (superbruker); deretter kan tildelingen avsløres")
    Trial close(@PathVariable long trialId, CurrentUser user) {
        return trials.close(trialId, user);
    }

    @GetMapping("/api/trials/{trialId}/allocation")
    @Operation(summary = "Et avsluttet forsøks nonce, hemmelighet og sekvens, så alle kan kontrollere sjekksummen")
    RevealedAllocation allocation(@PathVariable long trialId, CurrentUser user, HttpServletRequest http) {
        return trials.allocation(trialId, user, AuditLog.Channel.API, http.getRequestURI());
    }
}
