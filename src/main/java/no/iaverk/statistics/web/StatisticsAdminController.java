package no.iaverk.statistics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.security.CurrentUser;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The admin page for statistics: upload a quarter, follow the import, publish quarters. */
@Controller
class StatisticsAdminController {

    private final StatisticsImport statisticsImport;
    private final Publication publication;
    private final ImportRuns runs;
    private final JsonMapper json;

    StatisticsAdminController(
            StatisticsImport statisticsImport, Publication publication, ImportRuns runs, JsonMapper json) {
        this.statisticsImport = statisticsImport;
        this.publication = publication;
        this.runs = runs;
        this.json = json;
    }

    @GetMapping("/admin/statistikk")
    String page(Model model) {
        model.addAttribute("quarters", publication.quarters());
        model.addAttribute("runs", runs.latest(StatisticsImport.KIND, 20));
        return "statistics/admin";
    }

    /** Uploads are copied to a temporary folder and imported in the background; the browser follows the run. */
    @PostMapping("/admin/statistikk")
    String upload(@RequestParam("files") List<MultipartFile> files, CurrentUser user) {
        StatisticsUploads.sources(null, files); // refuses an empty upload before anything is copied
        Path folder = temporaryFolder();
        List<ImportSource> copies = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                Path copy = folder.resolve("fil-" + copies.size());
                try {
                    file.transferTo(copy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                copies.add(new ImportSource(StatisticsUploads.name(file), () -> Files.newInputStream(copy)));
            }
        }
        long runId = statisticsImport.start(
                copies, user.username(), () -> FileSystemUtils.deleteRecursively(folder.toFile()));
        return "redirect:/admin/statistikk/import/" + runId;
    }

    @GetMapping("/admin/statistikk/import/{id}")
    String run(@PathVariable long id, Model model) {
        var run = runs.find(id)
                .filter(found -> found.kind().equals(StatisticsImport.KIND))
                .orElseThrow(() -> new StatisticsUploads.RunNotFound(id));
        model.addAttribute("run", run);
        model.addAttribute("report", run.reportJson() == null ? null : json.readTree(run.reportJson()));
        return "statistics/run";
    }

    @GetMapping("/admin/statistikk/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        run(id, model);
        return "statistics/run :: progress";
    }

    @PostMapping("/admin/statistikk/kvartal/{year}/{quarter}/publiser")
    String publish(@PathVariable int year, @PathVariable int quarter, CurrentUser user, RedirectAttributes redirect) {
        var status = publication.publish(StatisticsUploads.quarter(year, quarter), user.username());
        redirect.addFlashAttribute("published", status.quarter().toString());
        return "redirect:/admin/statistikk";
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("iaverk-statistics-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
