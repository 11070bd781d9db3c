package no.iaverk.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.employer.EmployerCollaboration;
import no.iaverk.employer.EmployerCollaborations;
import no.iaverk.employer.EmployerScope;
import no.iaverk.security.AuditedRead;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The employer's collaborations (EMPLOYER only, by the URL rules); the enterprises shown are audit-logged. */
@RestController
@Tag(name = "Arbeidsgiver")
class EmployerCollaborationsApiController {

    private final EmployerCollaborations collaborations;
    private final EmployerScope scope;

    EmployerCollaborationsApiController(EmployerCollaborations collaborations, EmployerScope scope) {
        this.collaborations = collaborations;
        this.scope = scope;
    }

    @GetMapping("/api/employer/collaborations")
    @AuditedRead("EMPLOYER_COLLABORATIONS")
    @Operation(
            summary = "Samarbeidene med virksomhetene du representerer, nyeste først",
            description = "Navn, status, milepæler, planen (temaer og undertemaer med status, datoer og kunnskap) og"
                    + " dokumentene rådgiveren har publisert. Tom liste når ingen av virksomhetene har et samarbeid.")
    List<EmployerCollaboration> list() {
        return collaborations.list(scope.orgNumbers());
    }

    @GetMapping("/api/employer/collaborations/{id}")
    @AuditedRead("EMPLOYER_COLLABORATION")
    @Operation(summary = "Ett samarbeid; 403 for et samarbeid med en virksomhet du ikke representerer, 404 for ukjent")
    EmployerCollaboration get(@PathVariable long id) {
        return collaborations.get(id, scope.orgNumbers());
    }
}
