package no.iaverk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.surveys.Participation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The participant's pages on a phone: type the code, join, answer one question at a time, change an answer. */
@Controller
class ParticipantPagesController {

    private final Participation participation;

    ParticipantPagesController(Participation participation) {
        this.participation = participation;
    }

    /** The code form; a code that finds no survey comes back here with a message instead of an error page. */
    @GetMapping("/s")
    String enterCode(
            @RequestParam(name = "kode", required = false) @Nullable String code,
            @RequestParam(name = "ukjent", required = false) @Nullable String unknown,
            Model model) {
        if (code == null || code.isBlank()) {
            model.addAttribute("unknownCode", unknown == null || unknown.isBlank() ? null : unknown.trim());
            return "surveys/enter";
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        return known(normalised) ? "redirect:/s/" + path(normalised) : unknown(normalised);
    }

    private boolean known(String joinCode) {
        try {
            participation.type(joinCode);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String unknown(String joinCode) {
        return "redirect:/s?ukjent=" + UriUtils.encodeQueryParam(joinCode, StandardCharsets.UTF_8);
    }

    private static String path(String joinCode) {
        return UriUtils.encodePathSegment(joinCode, StandardCharsets.UTF_8);
    }

    @GetMapping("/s/{joinCode}")
    String page(
            @PathVariable String joinCode,
            @RequestParam(name = "endre", required = false) @Nullable Long change,
            HttpServletRequest request,
            Model model) {
        if (!known(joinCode)) {
            return unknown(joinCode.trim().toUpperCase(Locale.ROOT));
        }
        model.addAttribute("type", participation.type(joinCode));
        model.addAttribute("joinCode", joinCode.toUpperCase(Locale.ROOT));
        UUID session = ParticipantSession.get(request);
        if (!participation.joined(joinCode, session)) {
            return "surveys/join";
        }
        var answered = participation.answered(joinCode, session);
        model.addAttribute("answered", answered);
        if (change != null) {
            answered.entrySet().stream()
                    .filter(entry -> entry.getKey().questionId() == change)
                    .findFirst()
                    .ifPresent(entry -> {
                        model.addAttribute("question", entry.getKey());
                        model.addAttribute("chosen", entry.getValue());
                    });
        }
        if (!model.containsAttribute("question")) {
            participation.next(joinCode, session).ifPresent(question -> {
                model.addAttribute("question", question);
                model.addAttribute("chosen", List.of());
            });
        }
        return "surveys/answer";
    }

    @PostMapping("/s/{joinCode}/join")
    String join(@PathVariable String joinCode, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Participation.Joined joined = participation.join(joinCode);
            ParticipantSession.set(response, joined);
            return "redirect:/s/" + path(joined.joinCode());
        } catch (NotFoundException e) {
            return unknown(joinCode.trim().toUpperCase(Locale.ROOT));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/s/" + path(joinCode);
        }
    }

    @PostMapping("/s/{joinCode}/svar")
    String answer(
            @PathVariable String joinCode,
            @RequestParam long questionId,
            @RequestParam(name = "optionIds", required = false) @Nullable List<Long> optionIds,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            participation.answer(joinCode, ParticipantSession.orNone(request), questionId, optionIds);
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/s/" + path(joinCode) + "?endre=" + questionId;
        }
        return "redirect:/s/" + path(joinCode);
    }
}
