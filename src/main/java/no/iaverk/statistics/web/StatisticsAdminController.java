package no.iaverk.statistics.web;

import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page for statistics: upload a quarter, follow the import, publish quarters. */
@Controller
class StatisticsAdminController {

    private final StatisticsImport statisticsImport;
    private final Publication publication;

    StatisticsAdminController(StatisticsImport statisticsImport, Publication publication) {
        this.statisticsImport = statisticsImport;
        this.publication = publication;
    }

    @GetMapping("/admin/statistikk")
    String page(Model model) {
        model.addAttribute("quarters", publication.quarters());
        model.addAttribute("runs", statisticsImport.pipeline().latest(20));
        return "statistics/admin";
    }

    /** Uploads are imported in the background; the browser follows the run. */
    @PostMapping("/admin/statistikk")
    String upload(@RequestParam("files") List<MultipartFile> files, CurrentUser user) {
        long runId = statisticsImport.pipeline().startUploaded(files, user.username());
        return "redirect:/admin/statistikk/import/" + runId;
    }

    /** The run's page; htmx polls the progress fragment until the run is done. */
    @GetMapping("/admin/statistikk/import/{id}")
    String run(@PathVariable long id, Model model) {
        var page = statisticsImport.pipeline().page(id);
        model.addAttribute("run", page.run());
        model.addAttribute("report", page.report());
        model.addAttribute("details", "statistics/run");
        model.addAttribute("progressUrl", "/admin/statistikk/import/" + id + "/progress");
        return "web/import-run";
    }

    @GetMapping("/admin/statistikk/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        run(id, model);
        return "web/import-run :: progress";
    }

    @PostMapping("/admin/statistikk/kvartal/{year}/{quarter}/publiser")
    String publish(@PathVariable int year, @PathVariable int quarter, CurrentUser user, RedirectAttributes redirect) {
        var status = publication.publish(QuarterAddress.of(year, quarter), user.username());
        redirect.addFlashAttribute("published", status.quarter().toString());
        return "redirect:/admin/statistikk";
    }
}
