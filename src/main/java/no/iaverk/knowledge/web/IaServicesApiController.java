package no.iaverk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.knowledge.ServiceCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "IA-tjenester", description = "Katalogen over IA-tjenester som planer og evalueringer bygger på")
class IaServicesApiController {

    private final ServiceCatalogue catalogue;

    IaServicesApiController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/ia-services")
    @Operation(summary = "Katalogen over IA-tjenester som planer bygges av")
    List<ServiceCatalogue.IaService> services() {
        return catalogue.services();
    }
}
