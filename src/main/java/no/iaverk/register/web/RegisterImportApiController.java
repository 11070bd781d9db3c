package no.iaverk.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.imports.ImportRun;
import no.iaverk.register.RegisterImport;
import no.iaverk.register.RegisterImportReport;
import no.iaverk.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/register/imports")
@Tag(name = "Registerimport", description = "Import av Brønnøysunds totaluttrekk (ADMIN)")
class RegisterImportApiController {

    private final RegisterImport registerImport;

    RegisterImportApiController(RegisterImport registerImport) {
        this.registerImport = registerImport;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importer enheter/underenheter (JSON eller gzip) fra feltet «file»; svarer med rapporten")
    RegisterImportReport importFiles(@RequestPart("file") List<MultipartFile> files, CurrentUser user) {
        return registerImport.pipeline().runUploaded(files, user.username());
    }

    @GetMapping
    @Operation(summary = "De siste registerimportene")
    List<ImportRun> history() {
        return registerImport.pipeline().latest(50);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Én registerimport med fremdrift og rapport")
    ImportRun run(@PathVariable long id) {
        return registerImport.pipeline().find(id);
    }
}
