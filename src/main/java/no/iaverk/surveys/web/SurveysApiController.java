package no.iaverk.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.surveys.Results;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyResults;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Undersøkelser", description = "Behovsvurdering og evaluering: opprett, styr, resultater")
class SurveysApiController {

    record NewSurvey(@Nullable SurveyType type) {}

    private final Surveys surveys;
    private final Results results;

    SurveysApiController(Surveys surveys, Results results) {
        this.surveys = surveys;
        this.results = results;
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opprett en behovsvurdering eller evaluering (fra planen) i et samarbeid")
    Survey create(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestBody NewSurvey survey,
            CurrentUser user) {
        return surveys.create(caseId, collaborationId, survey.type(), user);
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}/surveys")
    List<Survey> list(@PathVariable long caseId, @PathVariable long collaborationId) {
        return surveys.forCollaboration(caseId, collaborationId);
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}/survey-comparison")
    @Operation(
            summary =
                    "Fullført behovsvurdering mot fullført evaluering, tema for tema (gjennomsnitt 1–5, skjermet under"
                            + " 3); for brukere i enheten som eier saken")
    Results.Comparison comparison(@PathVariable long caseId, @PathVariable long collaborationId, CurrentUser user) {
        return results.comparison(caseId, collaborationId, user);
    }

    @GetMapping("/api/surveys/{surveyId}")
    Survey get(@PathVariable long surveyId) {
        return surveys.get(surveyId);
    }

    @PostMapping("/api/surveys/{surveyId}/start")
    Survey start(@PathVariable long surveyId, CurrentUser user) {
        return surveys.start(surveyId, user);
    }

    @PostMapping("/api/surveys/{surveyId}/themes/{themeId}/open")
    @Operation(summary = "Åpne et tema for svar (det åpne temaet lukkes); et lukket tema kan ikke åpnes igjen (409)")
    Survey open(@PathVariable long surveyId, @PathVariable long themeId, CurrentUser user) {
        return surveys.openTheme(surveyId, themeId, user);
    }

    @PostMapping("/api/surveys/{surveyId}/themes/{themeId}/close")
    Survey close(@PathVariable long surveyId, @PathVariable long themeId, CurrentUser user) {
        return surveys.closeTheme(surveyId, themeId, user);
    }

    @PostMapping("/api/surveys/{surveyId}/complete")
    @Operation(summary = "Fullfør: alle temaer lukkes, og svarene lagres anonymt i tilfeldig rekkefølge")
    Survey complete(@PathVariable long surveyId, CurrentUser user) {
        return surveys.complete(surveyId, user);
    }

    @DeleteMapping("/api/surveys/{surveyId}")
    Survey delete(@PathVariable long surveyId, CurrentUser user) {
        return surveys.delete(surveyId, user);
    }

    @GetMapping("/api/surveys/{surveyId}/results")
    @Operation(
            summary = "Antall per svaralternativ per spørsmål i lukkede temaer; for brukere i enheten som eier saken",
            description = "Et tema som er åpent eller ikke åpnet ennå, har available=false, en reason og ingen tall."
                    + " Et spørsmål færre enn 3 har svart på, er skjermet (masked).")
    SurveyResults results(@PathVariable long surveyId, CurrentUser user) {
        return results.results(surveyId, user);
    }
}
