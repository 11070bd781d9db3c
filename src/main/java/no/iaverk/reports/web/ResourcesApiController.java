package no.iaverk.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import no.iaverk.reports.CentreResources;
import no.iaverk.reports.ResourceFigures;
import no.iaverk.reports.ResourcesReport;
import no.iaverk.reports.UnitResources;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ressurser", description = "Arbeidslivssentrenes budsjett og bemanning per år, med avstemming av summer")
class ResourcesApiController {

    private final UnitResources resources;

    ResourcesApiController(UnitResources resources) {
        this.resources = resources;
    }

    /** The body of a PUT; a figure left out or null is unknown. */
    record ResourcesBody(
            @Nullable BigDecimal budgetMnok,
            @Nullable BigDecimal countyBudgetShare,
            @Nullable BigDecimal headcount,
            @Nullable BigDecimal fte) {}

    @PutMapping("/api/units/{code}/resources/{year}")
    @Operation(
            summary = "Sett et arbeidslivssenters ressurser for et år (ADMIN): budsjett i MNOK, andel av fylkets"
                    + " budsjett i prosent (0–100), antall ansatte og årsverk, hver for seg. Erstatter hele året;"
                    + " det som utelates blir ukjent.")
    CentreResources enter(
            @PathVariable String code, @PathVariable int year, @RequestBody ResourcesBody body, CurrentUser user) {
        return resources.enter(
                code,
                year,
                ResourceFigures.of(body.budgetMnok(), body.countyBudgetShare(), body.headcount(), body.fte()),
                user.username());
    }

    @GetMapping("/api/units/{code}/resources")
    @Operation(summary = "Et arbeidslivssenters ressurser for hvert år det har tall for")
    List<CentreResources> forUnit(@PathVariable String code) {
        return resources.forUnit(code);
    }

    // The year arrives as text so that a bad one is a Norwegian 400 naming the parameter, not a conversion error.
    @GetMapping("/api/reports/resources")
    @Operation(
            summary = "Alle arbeidslivssentres ressurser for et år (standard: i år), summene og avstemmingen: trykte"
                    + " summer mot summen av radene, andel av fylkenes budsjett, årsverk over antall ansatte")
    ResourcesReport forYear(@RequestParam(required = false) @Nullable String year) {
        return resources.forYear(year == null || year.isBlank() ? resources.currentYear() : parseYear(year));
    }

    static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("year", "Året (year) må være et årstall, for eksempel 2022.");
        }
    }
}
