package no.iaverk.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseStatus;
import no.iaverk.cases.CaseSummary;
import no.iaverk.cases.Cases;
import no.iaverk.cases.IaCase;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Saker", description = "IA-saker: start, hendelser (statusendringer, eierskap, følging) og oversikter")
class CasesApiController {

    record NewCase(@Nullable String orgNumber, @Nullable Background background) {}

    record Transfer(@Nullable String unit) {}

    private final Cases cases;

    CasesApiController(Cases cases) {
        this.cases = cases;
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start en vurdering av en virksomhet (superbruker)")
    IaCase start(@RequestBody NewCase request, CurrentUser user) {
        return cases.start(request.orgNumber(), request.background(), user);
    }

    @GetMapping("/api/cases")
    @Operation(summary = "Mine saker: de jeg eier eller følger")
    List<CaseSummary> mine(CurrentUser user) {
        return cases.mine(user);
    }

    @GetMapping("/api/cases/overview")
    @Operation(summary = "Antall saker per status per enhet")
    Map<String, Map<CaseStatus, Long>> overview() {
        return cases.countsPerUnit();
    }

    @GetMapping("/api/cases/{caseId}")
    @Operation(summary = "En sak med følgere, hendelseslogg og samarbeid")
    IaCase get(@PathVariable long caseId) {
        return cases.get(caseId);
    }

    @PostMapping("/api/cases/{caseId}/events")
    @Operation(
            summary = "En hendelse i saken",
            description = "type: TAKE_OWNERSHIP, TO_CONTACTING, TO_MAPPING, TO_ASSISTING, COMPLETE, NOT_RELEVANT, BACK,"
                    + " FOLLOW, UNFOLLOW. expectedVersion er sakens versjon slik klienten så den; en utdatert versjon"
                    + " gir 409. NOT_RELEVANT krever reason og justifications.")
    IaCase event(@PathVariable long caseId, @RequestBody CaseCommand command, CurrentUser user) {
        return cases.handle(caseId, command, user);
    }

    @PostMapping("/api/cases/{caseId}/transfer")
    @Operation(
            summary = "Overfør en åpen sak til en annen enhet (superbruker i den mottakende enheten)",
            description = "Logges som hendelsen TRANSFERRED med fra- og til-enhet. Eier og følgere i den gamle enheten"
                    + " slipper saken. 400 for ukjent enhet, 403 for andre enn superbrukere i mottakende enhet, 409 når"
                    + " saken er lukket eller allerede tilhører enheten.")
    IaCase transfer(@PathVariable long caseId, @RequestBody Transfer transfer, CurrentUser user) {
        return cases.transfer(caseId, transfer.unit(), user);
    }

    @GetMapping("/api/enterprises/{orgNumber}/cases")
    @Operation(summary = "Virksomhetens saker, nyeste først")
    List<CaseSummary> forEnterprise(@PathVariable OrgNumber orgNumber) {
        return cases.forEnterprise(orgNumber.value());
    }
}
