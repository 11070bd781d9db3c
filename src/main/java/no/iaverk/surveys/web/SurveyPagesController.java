package no.iaverk.surveys.web;

import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.surveys.Results;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyResults;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The adviser's survey pages: a collaboration's surveys, the projector page, and the results. */
@Controller
class SurveyPagesController {

    private final Surveys surveys;
    private final Results results;
    private final Cases cases;
    private final Collaborations collaborations;
    private final LiveCounts live;

    SurveyPagesController(
            Surveys surveys, Results results, Cases cases, Collaborations collaborations, LiveCounts live) {
        this.surveys = surveys;
        this.results = results;
        this.cases = cases;
        this.collaborations = collaborations;
        this.live = live;
    }

    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}/undersokelser")
    String list(@PathVariable long caseId, @PathVariable long collaborationId, Model model, CurrentUser user) {
        model.addAttribute("iaCase", cases.get(caseId));
        model.addAttribute("collaboration", collaborations.get(caseId, collaborationId));
        model.addAttribute("surveys", surveys.forCollaboration(caseId, collaborationId));
        try {
            model.addAttribute("comparison", results.comparison(caseId, collaborationId, user));
        } catch (ForbiddenException e) {
            model.addAttribute("comparisonRefused", e.getMessage()); // another unit's case: the list, not the results
        }
        model.addAttribute("types", SurveyType.values());
        model.addAttribute("mayCreate", surveys.mayCreate(caseId, collaborationId, user));
        return "surveys/list";
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/undersokelser")
    String create(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @Nullable SurveyType type,
            RedirectAttributes redirect,
            CurrentUser user) {
        try {
            return "redirect:/undersokelse/"
                    + surveys.create(caseId, collaborationId, type, user).id();
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/sak/" + caseId + "/samarbeid/" + collaborationId + "/undersokelser";
        }
    }

    /** The host's projector page: the code, the QR code, live counts, and one theme open at a time. */
    @GetMapping("/undersokelse/{surveyId}")
    String host(@PathVariable long surveyId, Model model) {
        Survey survey = surveys.get(surveyId);
        model.addAttribute("survey", survey);
        model.addAttribute("joinUrl", joinUrl(survey));
        return "surveys/host";
    }

    /** The same survey for the room: full screen, no menu, the join code and the QR code as large as they can be. */
    @GetMapping("/undersokelse/{surveyId}/lerret")
    String projector(@PathVariable long surveyId, Model model) {
        host(surveyId, model);
        model.addAttribute("projector", true);
        return "surveys/projector";
    }

    @GetMapping(path = "/undersokelse/{surveyId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable long surveyId) {
        surveys.get(surveyId);
        return live.subscribe(surveyId);
    }

    @GetMapping(path = "/undersokelse/{surveyId}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable long surveyId) {
        return ResponseEntity.ok(QrCode.svg(joinUrl(surveys.get(surveyId))));
    }

    @GetMapping("/undersokelse/{surveyId}/resultater")
    String results(@PathVariable long surveyId, Model model, CurrentUser user) {
        SurveyResults found = results.results(surveyId, user);
        model.addAttribute("survey", surveys.get(surveyId));
        model.addAttribute("results", found);
        return "surveys/results";
    }

    @PostMapping("/undersokelse/{surveyId}/{action}")
    String act(
            @PathVariable long surveyId, @PathVariable String action, RedirectAttributes redirect, CurrentUser user) {
        return attempt(surveyId, redirect, () -> {
            switch (action) {
                case "start" -> surveys.start(surveyId, user);
                case "fullfor" -> surveys.complete(surveyId, user);
                case "slett" -> surveys.delete(surveyId, user);
                default -> throw new InvalidRequestException("Ukjent handling «" + action + "».");
            }
        });
    }

    @PostMapping("/undersokelse/{surveyId}/tema/{themeId}/{action}")
    String theme(
            @PathVariable long surveyId,
            @PathVariable long themeId,
            @PathVariable String action,
            RedirectAttributes redirect,
            CurrentUser user) {
        return attempt(surveyId, redirect, () -> {
            if ("apne".equals(action)) {
                surveys.openTheme(surveyId, themeId, user);
            } else {
                surveys.closeTheme(surveyId, themeId, user);
            }
        });
    }

    private static String attempt(long surveyId, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/undersokelse/" + surveyId;
    }

    private static String joinUrl(Survey survey) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/s/" + survey.joinCode())
                .build()
                .toUriString();
    }
}
