package no.iaverk.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.register.EnterpriseDetails;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.EnterpriseSummary;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "Virksomheter", description = "Enhetsregisteret: søk og oppslag")
class EnterpriseApiController {

    private final EnterpriseRegister register;

    EnterpriseApiController(EnterpriseRegister register) {
        this.register = register;
    }

    record SearchResult(String query, int count, List<EnterpriseSummary> results) {}

    record ProgrammeAssignment(@Nullable String programme) {}

    @GetMapping
    @AuditedRead("ENTERPRISE_SEARCH")
    @Operation(summary = "Søk etter virksomheter på navn (prefiks og likhet) eller organisasjonsnummer")
    SearchResult search(@RequestParam String query, @RequestParam(defaultValue = "20") int limit) {
        var results = register.search(query, limit);
        AuditedEnterprises.read(
                results.stream().map(EnterpriseSummary::orgNumber).toList());
        return new SearchResult(query, results.size(), results);
    }

    @GetMapping("/{orgNumber}")
    @Operation(summary = "Registerdata for en virksomhet, med juridisk enhet og underenheter")
    EnterpriseDetails get(@PathVariable OrgNumber orgNumber) {
        return register.get(orgNumber);
    }

    @PutMapping("/{orgNumber}/industry-programme")
    @Operation(summary = "Sett (eller fjern, med null) bransjeprogrammet en person tildeler virksomheten")
    ResponseEntity<EnterpriseDetails> assignProgramme(
            @PathVariable OrgNumber orgNumber, @RequestBody ProgrammeAssignment assignment) {
        register.assignIndustryProgramme(orgNumber, assignment.programme());
        return ResponseEntity.ok(register.get(orgNumber));
    }
}
