package no.iaverk.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/units")
@Tag(name = "NAV-enheter", description = "Arbeidslivssentrene og fylkene de dekker")
class UnitApiController {

    private final NavUnits units;

    UnitApiController(NavUnits units) {
        this.units = units;
    }

    record UnitUpdate(@NotBlank String name, @NotNull List<String> countyNumbers) {}

    @GetMapping
    @Operation(summary = "Alle NAV-enheter med fylkene de dekker")
    List<NavUnit> all() {
        return units.all();
    }

    @GetMapping("/{code}")
    NavUnit get(@PathVariable String code) {
        return units.get(code);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Endre navn og fylker (ADMIN); et fylke et annet senter har, flyttes hit")
    NavUnit update(@PathVariable String code, @Valid @RequestBody UnitUpdate update) {
        return units.update(code, update.name(), update.countyNumbers());
    }
}
