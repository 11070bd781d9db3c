package no.iaverk.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.RegisterImport;
import no.iaverk.register.RegisterImportReport;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
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
    private final ImportRuns runs;

    RegisterImportApiController(RegisterImport registerImport, ImportRuns runs) {
        this.registerImport = registerImport;
        this.runs = runs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importer enheter/underenheter (JSON eller gzip) fra feltet «file»; svarer med rapporten")
    RegisterImportReport importFiles(@RequestPart("file") List<MultipartFile> files) {
        return registerImport.run(sources(files), startedBy(), ImportProgress.NONE);
    }

    @GetMapping
    @Operation(summary = "De siste registerimportene")
    List<ImportRun> history() {
        return runs.latest(RegisterImport.KIND, 50);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Én registerimport med fremdrift og rapport")
    ImportRun run(@PathVariable long id) {
        return runs.find(id)
                .filter(run -> run.kind().equals(RegisterImport.KIND))
                .orElseThrow(() -> new RunNotFound(id));
    }

    static List<ImportSource> sources(List<MultipartFile> files) {
        var sources = files.stream()
                .filter(file -> !file.isEmpty())
                .map(file -> new ImportSource(name(file), file::getInputStream))
                .toList();
        if (sources.isEmpty()) {
            throw new InvalidRequestException("Velg minst én fil å importere.");
        }
        return sources;
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "opplastet fil" : name;
    }

    static String startedBy() {
        return CurrentUser.current().map(CurrentUser::username).orElse("ukjent");
    }

    static class RunNotFound extends NotFoundException {
        RunNotFound(long id) {
            super("Fant ingen registerimport med id " + id + ".");
        }
    }
}
