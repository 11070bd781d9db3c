package no.iaverk.security.internal;

import java.util.List;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.NavUnits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UnitAdminController {

    private final NavUnits units;
    private final ReferenceData referenceData;

    UnitAdminController(NavUnits units, ReferenceData referenceData) {
        this.units = units;
        this.referenceData = referenceData;
    }

    @GetMapping("/admin/enheter")
    String page(Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("counties", referenceData.counties());
        return "security/units";
    }

    @PostMapping("/admin/enheter/{code}")
    String update(
            @PathVariable String code,
            @RequestParam String name,
            @RequestParam(name = "counties", required = false) List<String> counties,
            RedirectAttributes redirect) {
        var unit = units.update(code, name, counties == null ? List.of() : counties);
        redirect.addFlashAttribute("saved", unit.name());
        return "redirect:/admin/enheter";
    }
}
