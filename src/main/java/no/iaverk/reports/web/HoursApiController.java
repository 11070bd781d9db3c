package no.iaverk.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.reports.AdviserHours;
import no.iaverk.reports.AdviserHoursReports;
import no.iaverk.reports.CostBenefit;
import no.iaverk.reports.CostBenefitReports;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Adviser hours and cost-benefit; the dates arrive as text so that a bad one is a Norwegian 400 naming it. */
@RestController
@Tag(name = "Rapporter", description = "Senter- og landsrapporter laget fra dataene")
class HoursApiController {

    private final AdviserHoursReports hours;
    private final CostBenefitReports costBenefit;

    HoursApiController(AdviserHoursReports hours, CostBenefitReports costBenefit) {
        this.hours = hours;
        this.costBenefit = costBenefit;
    }

    // Audited: the collaboration rows name the enterprises of the cases.
    @GetMapping("/api/reports/hours")
    @AuditedRead("REPORT_ADVISER_HOURS")
    @Operation(
            summary = "Rådgivertimer registrert på gjennomførte aktiviteter i perioden, per arbeidslivssenter og"
                    + " per samarbeid (for ett senter alle, for hele landet de 25 med flest timer), med hvor mange"
                    + " aktiviteter som mangler timer (coverage i prosent; complete er false når summen er"
                    + " ufullstendig).")
    AdviserHours hours(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit) {
        return hours.hours(from, to, unit);
    }

    @GetMapping("/api/reports/hours/by-adviser")
    @AuditedRead("REPORT_ADVISER_HOURS_BY_ADVISER")
    @Operation(
            summary = "Rådgivertimer per rådgiver (aktivitetens eier): bare antall og summer. Superbrukere for egen"
                    + " enhet, administratorer for alle enheter eller hele landet.")
    AdviserHours.ByAdviser byAdviser(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit,
            CurrentUser user) {
        return hours.byAdviser(from, to, unit, user);
    }

    @GetMapping("/api/reports/cost-benefit")
    @AuditedRead("REPORT_COST_BENEFIT")
    @Operation(
            summary = "Kost-nytte for samarbeid med bistandsstart i perioden, per senter, bransjeprogram og"
                    + " bistandsform: rådgivertimer × timekostnad mot tapte dagsverk unngått første år etter start"
                    + " (effektevalueringens anslag med 95 % intervall) × kostnad per tapte dagsverk. Uten anslag"
                    + " sier raden hvorfor (withheldReason) og gir ingen tall.")
    CostBenefit costBenefit(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit) {
        return costBenefit.costBenefit(from, to, unit);
    }
}
