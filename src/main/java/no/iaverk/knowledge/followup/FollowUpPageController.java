package no.iaverk.knowledge.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /kunnskap/oppfolging}: the timeline for a first sick day (any logged-in user; nothing stored), and
 * {@code /admin/oppfolgingsregler}: the rules, one form per rule (admins).
 */
@Controller
class FollowUpPageController {

    static final List<String> RULE_FIELDS = List.of(
            "actor",
            "title",
            "description",
            "dueAmount",
            "dueUnit",
            "appliesTo",
            "validFrom",
            "validTo",
            "sourceFile",
            "sourceLines");

    private final FollowUpRules rules;

    FollowUpPageController(FollowUpRules rules) {
        this.rules = rules;
    }

    @GetMapping("/kunnskap/oppfolging")
    String timeline(
            @RequestParam(required = false) @Nullable String firstSickDay,
            @RequestParam(required = false) @Nullable String graded,
            Model model) {
        model.addAttribute("firstSickDay", firstSickDay == null ? "" : firstSickDay);
        model.addAttribute("graded", "true".equalsIgnoreCase(graded));
        model.addAttribute("errors", Map.of());
        if (firstSickDay != null) { // the form was sent: show its problems or the timeline
            try {
                var request = TimelineRequest.parse(firstSickDay, graded);
                model.addAttribute("timeline", rules.timeline(request));
                model.addAttribute(
                        "calendarUrl",
                        UriComponentsBuilder.fromPath("/api/knowledge/follow-up-timeline.ics")
                                .queryParam("firstSickDay", request.firstSickDay())
                                .queryParam("graded", request.graded())
                                .build()
                                .toUriString());
            } catch (InvalidFieldsException e) {
                model.addAttribute("errors", e.errors());
            }
        }
        return "knowledge/follow-up";
    }

    @GetMapping("/admin/oppfolgingsregler")
    String rules(Model model) {
        model.addAttribute("rules", rules.rules());
        return "knowledge/follow-up-rules";
    }

    @GetMapping("/admin/oppfolgingsregler/{id}")
    String rule(@PathVariable int id, Model model) {
        var rule = rules.rule(id);
        return form(rule, values(rule), Map.of(), model);
    }

    @PostMapping("/admin/oppfolgingsregler/{id}")
    String update(
            @PathVariable int id,
            @RequestParam Map<String, String> form,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var rule = rules.rule(id);
        try {
            var change = RuleChange.parse(
                    form.get("actor"),
                    form.get("title"),
                    form.get("description"),
                    form.get("dueAmount"),
                    form.get("dueUnit"),
                    form.get("appliesTo"),
                    form.get("validFrom"),
                    form.get("validTo"),
                    form.get("sourceFile"),
                    form.get("sourceLines"));
            var saved = rules.update(id, change, user);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/admin/oppfolgingsregler";
        } catch (InvalidFieldsException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            RULE_FIELDS.forEach(field -> typed.put(field, form.getOrDefault(field, "")));
            return form(rule, typed, e.errors(), model);
        }
    }

    private String form(FollowUpRule rule, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("actors", Actor.values());
        model.addAttribute("dueUnits", DueUnit.values());
        model.addAttribute("appliesTos", AppliesTo.values());
        return "knowledge/follow-up-rule";
    }

    private static Map<String, String> values(FollowUpRule rule) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("actor", rule.actor().name());
        values.put("title", rule.title());
        values.put("description", rule.description());
        values.put("dueAmount", Integer.toString(rule.dueAmount()));
        values.put("dueUnit", rule.dueUnit().name());
        values.put("appliesTo", rule.appliesTo().name());
        values.put("validFrom", rule.validFrom().toString());
        values.put("validTo", rule.validTo() == null ? "" : rule.validTo().toString());
        values.put("sourceFile", rule.source() == null ? "" : rule.source().file());
        values.put("sourceLines", rule.source() == null ? "" : rule.source().lines());
        return values;
    }
}
