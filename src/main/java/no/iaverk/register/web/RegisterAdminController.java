package no.iaverk.register.web;

import java.util.List;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The admin page for register imports: upload, follow the progress, read the report. */
@Controller
class RegisterAdminController {

    private final RegisterImport registerImport;

    RegisterAdminController(RegisterImport registerImport) {
        this.registerImport = registerImport;
    }

    @GetMapping("/admin/register")
    String page(Model model) {
        model.addAttribute("runs", registerImport.pipeline().latest(20));
        return "register/admin";
    }

    /** The upload is imported in the background; the browser goes to the run's page and watches its progress. */
    @PostMapping("/admin/register")
    String upload(@RequestParam("file") List<MultipartFile> files, CurrentUser user) {
        return "redirect:/admin/register/" + registerImport.pipeline().startUploaded(files, user.username());
    }

    /** The run's page; htmx polls the progress fragment until the run is done. */
    @GetMapping("/admin/register/{id}")
    String run(@PathVariable long id, Model model) {
        var page = registerImport.pipeline().page(id);
        model.addAttribute("run", page.run());
        model.addAttribute("report", page.report());
        model.addAttribute("details", "register/run");
        model.addAttribute("progressUrl", "/admin/register/" + id + "/progress");
        return "web/import-run";
    }

    @GetMapping("/admin/register/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        run(id, model);
        return "web/import-run :: progress";
    }
}
