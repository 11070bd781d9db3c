package no.iaverk.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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
    @Operation(
            summary = "Opprett (201) eller endre (200) en enhet med navn og fylker (ADMIN)",
            description = "Koden er 2–30 tegn: A–Z, sifre, - og _. Et fylke et annet senter har, flyttes hit.")
    ResponseEntity<NavUnit> save(@PathVariable String code, @Valid @RequestBody UnitUpdate update) {
        NavUnits.Saved saved = units.save(code, update.name(), update.countyNumbers());
        if (saved.created()) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                            .build()
                            .toUri())
                    .body(saved.unit());
        }
        return ResponseEntity.ok(saved.unit());
    }
}
