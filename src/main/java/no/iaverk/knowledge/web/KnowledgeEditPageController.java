package no.iaverk.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeEditing;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.SourceKind;
import no.iaverk.knowledge.StaleKnowledgeEdit;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /kunnskap/{id}/rediger} (ADMIN): the edit form. A refused save shows the form again with the values as typed
 * and each error at its field; a stale one keeps the values too, says so, and is based on the current revision, so
 * saving again replaces the other person's version knowingly.
 */
@Controller
class KnowledgeEditPageController {

    private final KnowledgeEditing editing;
    private final KnowledgeLibrary library;
    private final ReferenceData referenceData;

    KnowledgeEditPageController(KnowledgeEditing editing, KnowledgeLibrary library, ReferenceData referenceData) {
        this.editing = editing;
        this.library = library;
        this.referenceData = referenceData;
    }

    @GetMapping("/kunnskap/{id}/rediger")
    String form(@PathVariable String id, CurrentUser user, Model model) {
        return render(id, EditForm.of(editing.editable(id, user)), Map.of(), null, model);
    }

    @PostMapping("/kunnskap/{id}/rediger")
    String save(
            @PathVariable String id,
            @ModelAttribute EditForm form,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var read = form.toEdit();
        if (!read.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>(editing.check(read.edit()));
            errors.putAll(read.errors());
            return render(id, form, errors, null, model);
        }
        try {
            var saved = editing.edit(id, read.edit(), user);
            redirect.addFlashAttribute(
                    "saved",
                    saved.changes().isEmpty()
                            ? text("knowledge.edit.unchanged")
                            : MessageBundle.of("templates/knowledge/messages")
                                    .getMessage("knowledge.edit.saved", new Object[] {
                                        saved.item().revision(),
                                        String.join(
                                                ", ",
                                                saved.changes().stream()
                                                        .map(change -> text("knowledge.field." + change.field()))
                                                        .toList())
                                    }));
            return "redirect:/kunnskap/" + id;
        } catch (InvalidFieldsException e) {
            return render(id, form, e.errors(), null, model);
        } catch (StaleKnowledgeEdit e) {
            return render(id, form.basedOn(e.currentRevision()), Map.of(), e.getMessage(), model);
        }
    }

    private String render(String id, EditForm form, Map<String, String> errors, @Nullable String stale, Model model) {
        model.addAttribute("item", library.item(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("scopes", List.of(KnowledgeScope.values()));
        model.addAttribute("sourceKinds", List.of(SourceKind.values()));
        model.addAttribute("evidences", List.of(EvidenceStrength.values()));
        model.addAttribute("programmes", referenceData.industryProgrammes());
        return "knowledge/edit";
    }

    private static String text(String code) {
        return MessageBundle.of("templates/knowledge/messages").getMessage(code);
    }
}
