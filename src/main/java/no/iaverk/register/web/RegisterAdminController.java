package no.iaverk.register.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The admin page for register imports: upload, follow the progress, read the report. */
@Controller
class RegisterAdminController {

    private final RegisterImport registerImport;
    private final ImportRuns runs;
    private final JsonMapper json;

    RegisterAdminController(RegisterImport registerImport, ImportRuns runs, JsonMapper json) {
        this.registerImport = registerImport;
        this.runs = runs;
        this.json = json;
    }

    @GetMapping("/admin/register")
    String page(Model model) {
        model.addAttribute("runs", runs.latest(RegisterImport.KIND, 20));
        return "register/admin";
    }

    /**
     * The upload is copied to a temporary folder (the request's own copy goes away with the request) and imported in
     * the background; the browser goes to the run's page and watches its progress.
     */
    @PostMapping("/admin/register")
    String upload(@RequestParam("file") List<MultipartFile> files, CurrentUser user) {
        RegisterUploads.sources(files); // refuses an empty upload before anything is copied
        Path folder = temporaryFolder();
        List<ImportSource> copies = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                Path copy = folder.resolve("fil-" + copies.size());
                transfer(file, copy);
                copies.add(new ImportSource(RegisterUploads.name(file), () -> Files.newInputStream(copy)));
            }
        }
        long runId =
                registerImport.start(copies, user.username(), () -> FileSystemUtils.deleteRecursively(folder.toFile()));
        return "redirect:/admin/register/" + runId;
    }

    /** The run's page; htmx polls the progress fragment until the run is done. */
    @GetMapping("/admin/register/{id}")
    String run(@PathVariable long id, Model model) {
        var run = runs.find(id).orElseThrow(() -> new RegisterUploads.RunNotFound(id));
        model.addAttribute("run", run);
        model.addAttribute("report", run.reportJson() == null ? null : json.readTree(run.reportJson()));
        return "register/run";
    }

    @GetMapping("/admin/register/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        run(id, model);
        return "register/run :: progress";
    }

    private static void transfer(MultipartFile file, Path target) {
        try {
            file.transferTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("iaverk-register-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
