package no.iaverk.reports.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.iaverk.reports.CentreResources;
import no.iaverk.reports.ResourceFigures;
import no.iaverk.reports.UnitResources;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/ressurser}: the centres × a year, a form per centre, the reference figures and the checks (ADMIN). */
@Controller
class ResourcesPageController {

    static final int FIRST_SHOWN_YEAR = 2019;

    private final UnitResources resources;

    ResourcesPageController(UnitResources resources) {
        this.resources = resources;
    }

    /** One centre's form: the values shown in its inputs (as typed, when refused) and its field errors. */
    record FormRow(CentreResources centre, Map<String, String> values, Map<String, String> errors) {}

    @GetMapping("/admin/ressurser")
    String page(@RequestParam(required = false) @Nullable String year, Model model) {
        int shown = year == null || year.isBlank() ? resources.currentYear() : ResourcesApiController.parseYear(year);
        return render(shown, null, Map.of(), Map.of(), model);
    }

    @PostMapping("/admin/ressurser/{code}/{year}")
    String enter(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(required = false) @Nullable String budgetMnok,
            @RequestParam(required = false) @Nullable String countyBudgetShare,
            @RequestParam(required = false) @Nullable String headcount,
            @RequestParam(required = false) @Nullable String fte,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            var figures = ResourceFigures.parse(budgetMnok, countyBudgetShare, headcount, fte);
            CentreResources saved = resources.enter(code, year, figures, user.username());
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/admin/ressurser?year=" + year;
        } catch (InvalidFieldsException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("budgetMnok", budgetMnok == null ? "" : budgetMnok);
            typed.put("countyBudgetShare", countyBudgetShare == null ? "" : countyBudgetShare);
            typed.put("headcount", headcount == null ? "" : headcount);
            typed.put("fte", fte == null ? "" : fte);
            model.addAttribute("problem", e.getMessage());
            return render(year, code, typed, e.errors(), model);
        }
    }

    @PostMapping("/admin/ressurser/referanse")
    String loadReference(
            @RequestParam(required = false) @Nullable String year, CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("loaded", resources.loadReference(user.username()));
        return "redirect:/admin/ressurser?year=" + (year == null || year.isBlank() ? "2022" : year.strip());
    }

    private String render(
            int year,
            @Nullable String refusedUnit,
            Map<String, String> typed,
            Map<String, String> errors,
            Model model) {
        var report = resources.forYear(year);
        List<FormRow> rows = report.centres().stream()
                .map(centre -> centre.unitCode().equals(refusedUnit)
                        ? new FormRow(centre, typed, errors)
                        : new FormRow(centre, values(centre.figures()), Map.of()))
                .toList();
        model.addAttribute("report", report);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "names",
                report.centres().stream()
                        .collect(java.util.stream.Collectors.toMap(CentreResources::unitCode, CentreResources::name)));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(FIRST_SHOWN_YEAR, resources.lastYear())
                        .boxed()
                        .toList());
        return "reports/resources";
    }

    private static Map<String, String> values(ResourceFigures figures) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("budgetMnok", text(figures.budgetMnok()));
        values.put("countyBudgetShare", text(figures.countyBudgetShare()));
        values.put(
                "headcount",
                figures.headcount() == null ? "" : figures.headcount().toString());
        values.put("fte", text(figures.fte()));
        return values;
    }

    // Shown the Norwegian way, and read back the same way by ResourceFigures.parse.
    static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
