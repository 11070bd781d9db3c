package no.iaverk.knowledge.web;

import no.iaverk.knowledge.KnowledgeConflicts;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library's admin pages (ADMIN by web's rule on {@code /admin/**}): overdue revisions and conflicts. */
@Controller
class KnowledgeAdminPageController {

    private final KnowledgeLibrary library;
    private final KnowledgeConflicts conflicts;

    KnowledgeAdminPageController(KnowledgeLibrary library, KnowledgeConflicts conflicts) {
        this.library = library;
        this.conflicts = conflicts;
    }

    @GetMapping("/admin/kunnskap")
    String overview(CurrentUser user, Model model) {
        model.addAttribute("overdue", library.overdueCount());
        model.addAttribute("conflictCount", conflicts.conflicts(user).size());
        return "knowledge/admin";
    }

    @GetMapping("/admin/kunnskap/konflikter")
    String conflicts(CurrentUser user, Model model) {
        model.addAttribute("conflicts", conflicts.conflicts(user));
        return "knowledge/conflicts";
    }

    @PostMapping("/admin/kunnskap/konflikter/{itemId}")
    String resolve(
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String keep,
            CurrentUser user,
            RedirectAttributes redirect) {
        var choice = KnowledgeEditApiController.keep(keep);
        var item = conflicts.resolve(itemId, choice, user);
        redirect.addFlashAttribute(
                "resolved",
                MessageBundle.of("templates/knowledge/messages")
                        .getMessage("knowledge.conflicts.resolved." + choice.name(), new Object[] {item.title()}));
        return "redirect:/admin/kunnskap/konflikter";
    }
}
