package no.iaverk.prioritization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.iaverk.prioritization.CallListText;
import no.iaverk.prioritization.Condition;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.prioritization.PriorityPage;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.prioritization.RuleSet;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Prioritering", description = "Rangerte ringelister med filtre, regelsett og eksport")
class PrioritizationApiController {

    private final PriorityList list;
    private final PriorityFilters filters;
    private final RuleSets ruleSets;
    private final CallListText text;

    PrioritizationApiController(PriorityList list, PriorityFilters filters, RuleSets ruleSets, CallListText text) {
        this.list = list;
        this.filters = filters;
        this.ruleSets = ruleSets;
        this.text = text;
    }

    @GetMapping("/api/prioritization")
    @AuditedRead("PRIORITIZATION_LIST")
    @Operation(
            summary = "En side av en prioriteringsliste",
            description = "Parametre: county (fylkesnummer; flere fylker som county=46&county=15 eller county=46,15),"
                    + " municipality (kommunenummer eller kommunenavn), industry (to eller fem siffer),"
                    + " industryProgramme, sector, minEmployees, maxEmployees, minPercent, maxPercent,"
                    + " benchmark=ABOVE|AT_OR_BELOW, trend=RISING, ruleSet,"
                    + " status=NONE|ASSESSING|CONTACTING|MAPPING|ASSISTING, owner, noContactMonths,"
                    + " trialCandidate=true (bare virksomheter et løpende forsøk før kontakt har trukket til en arm"
                    + " som tilbyr bistand; hver rad har trial: forsøk og arm, eller null),"
                    + " sort=LOST_WORKDAYS|POTENTIAL|PERCENT|EMPLOYEES|NAME|LAST_CASE_CHANGE,"
                    + " direction=ASC|DESC, page (fra 0), size (standard 100). Uten filtre: hele landet.")
    PriorityPage page(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, CurrentUser user) {
        PriorityPage page = list.page(filters.parse(parameters), user);
        AuditedEnterprises.read(page.rows().stream().map(PriorityRow::orgNumber).toList());
        return page;
    }

    @GetMapping("/api/prioritization/export")
    @AuditedRead("PRIORITIZATION_EXPORT")
    @Operation(summary = "Hele den filtrerte listen som XLSX eller CSV (format=xlsx|csv), med filtrene øverst")
    void export(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        ExportFormat format = ExportFormats.of(parameters.getFirst("format"), text);
        PriorityFilter filter = filters.parse(parameters);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"prioritering." + format.extension() + "\"");
        AuditedEnterprises.read(list.export(filter, format, user, response.getOutputStream()));
    }

    @GetMapping("/api/prioritization/rule-sets")
    @Operation(summary = "Forhåndsdefinerte regelsett og enhetens egne")
    List<RuleSet> ruleSets(CurrentUser user) {
        return ruleSets.available(user);
    }

    record NewRuleSet(String name, List<List<Condition>> groups) {}

    @PostMapping("/api/prioritization/rule-sets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lagre et regelsett for enheten: grupper (ELLER) av betingelser (OG)")
    RuleSet save(@RequestBody NewRuleSet ruleSet, CurrentUser user) {
        return ruleSets.save(ruleSet.name(), ruleSet.groups(), user);
    }

    @DeleteMapping("/api/prioritization/rule-sets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, CurrentUser user) {
        ruleSets.delete(id, user);
    }
}
