package no.iaverk.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import no.iaverk.employer.EmployerScope;
import no.iaverk.employer.Goal;
import no.iaverk.employer.Goals;
import no.iaverk.employer.NewGoal;
import no.iaverk.shared.OrgNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise's goals. Reads are audited by the {@code {orgNumber}} in the path. */
@RestController
@Tag(name = "Arbeidsgiver", description = "Virksomhetens egen sykefraværsstatistikk og kostnadskalkulator")
class GoalsApiController {

    private static final String PATH = "/api/employer/enterprises/{orgNumber}/goals";

    private final EmployerScope scope;
    private final Goals goals;

    GoalsApiController(EmployerScope scope, Goals goals) {
        this.scope = scope;
        this.goals = goals;
    }

    @GetMapping(PATH)
    @Operation(
            summary = "Virksomhetens mål med status nå (GREEN/YELLOW/RED/NONE og hvorfor), verdien hittil i året"
                    + " og historikken per publisert kvartal")
    List<Goal> goals(@PathVariable OrgNumber orgNumber) {
        scope.requireAccess(orgNumber);
        return goals.forEnterprise(orgNumber);
    }

    @PostMapping(PATH)
    @Operation(
            summary = "Setter et mål: description, metric (SICK_LEAVE_PERCENT, SHORT_TERM_PERCENT,"
                    + " LONG_TERM_PERCENT), target (0–100), tolerance (0–10 prosentpoeng), year")
    ResponseEntity<Goal> create(@PathVariable OrgNumber orgNumber, @RequestBody NewGoal goal) {
        scope.requireAccess(orgNumber);
        Goal created = goals.create(orgNumber, goal, scope.person());
        return ResponseEntity.created(
                        URI.create("/api/employer/enterprises/" + orgNumber.value() + "/goals/" + created.id()))
                .body(created);
    }

    @DeleteMapping(PATH + "/{id}")
    @Operation(summary = "Fjerner et mål fra listen; målet og historikken tas vare på som fjernet")
    ResponseEntity<Void> remove(@PathVariable OrgNumber orgNumber, @PathVariable long id) {
        scope.requireAccess(orgNumber);
        goals.remove(orgNumber, id, scope.person());
        return ResponseEntity.noContent().build();
    }
}
