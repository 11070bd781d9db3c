package no.iaverk.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.employer.CostCalculator;
import no.iaverk.employer.CostEstimate;
import no.iaverk.employer.CostForm;
import no.iaverk.employer.EmployerScope;
import no.iaverk.employer.EmployerSickLeave;
import no.iaverk.employer.EmployerStatistics;
import no.iaverk.shared.OrgNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The employer's statistics and cost calculator. Reads of an enterprise are audited by its {@code {orgNumber}}. */
@RestController
@Tag(name = "Arbeidsgiver", description = "Virksomhetens egen sykefraværsstatistikk og kostnadskalkulator")
class EmployerStatisticsApiController {

    private final EmployerScope scope;
    private final EmployerStatistics statistics;
    private final CostCalculator calculator;

    EmployerStatisticsApiController(EmployerScope scope, EmployerStatistics statistics, CostCalculator calculator) {
        this.scope = scope;
        this.statistics = statistics;
        this.calculator = calculator;
    }

    @GetMapping("/api/employer/enterprises/{orgNumber}/sick-leave")
    @Operation(
            summary = "Sykefravær per underenhet og for den juridiske enheten (summen av de synlige underenhetene),"
                    + " mot bransje/næring og Norge, med vurderingen «comparison»")
    EmployerSickLeave sickLeave(@PathVariable OrgNumber orgNumber) {
        scope.requireAccess(orgNumber);
        return statistics.forEnterprise(orgNumber);
    }

    @GetMapping(value = "/api/employer/enterprises/{orgNumber}/sick-leave.csv", produces = "text/csv")
    @Operation(summary = "Sykefravær per kvartal som CSV (semikolon, desimalkomma); skjermede tall står tomme")
    ResponseEntity<byte[]> sickLeaveCsv(@PathVariable OrgNumber orgNumber) {
        scope.requireAccess(orgNumber);
        return CsvDownload.of(orgNumber, statistics.forEnterprise(orgNumber));
    }

    @GetMapping("/api/employer/enterprises/{orgNumber}/cost-calculator")
    @Operation(summary = "Kalkulatorens felt fylt ut med virksomhetens egne tall, når de ikke er skjermet")
    CostForm prefilledCalculator(@PathVariable OrgNumber orgNumber) {
        scope.requireAccess(orgNumber);
        return calculator.prefill(statistics.forEnterprise(orgNumber));
    }

    @GetMapping("/api/employer/cost-calculator")
    @Operation(
            summary = "Kostnaden av sykefraværet i et år og besparelsen ved målet: mode=PERCENT (possibleWorkdays"
                    + " eller fte, currentPercent, targetPercent) eller mode=WORKDAYS (lostWorkdays,"
                    + " targetLostWorkdays); costPerDay valgfri")
    CostEstimate calculate(@ModelAttribute CostForm form) {
        return calculator.calculate(form);
    }
}
