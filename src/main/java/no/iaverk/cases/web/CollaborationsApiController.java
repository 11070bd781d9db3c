package no.iaverk.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewActivity;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Samarbeid", description = "Samarbeid i en sak: milepæler, plan og aktivitetslogg")
class CollaborationsApiController {

    record MilestoneValue(
            @Nullable LocalDate date, @Nullable Boolean notRelevant) {}

    record Plan(@Nullable String goals, @Nullable List<Collaborations.PlanChoice> items) {}

    record StatusChange(Activity.@Nullable Status status) {}

    private final Collaborations collaborations;
    private final Activities activities;

    CollaborationsApiController(Collaborations collaborations, Activities activities) {
        this.collaborations = collaborations;
        this.activities = activities;
    }

    @GetMapping("/api/cases/{caseId}/collaborations")
    List<Collaboration> list(@PathVariable long caseId) {
        return collaborations.forCase(caseId);
    }

    @PostMapping("/api/cases/{caseId}/collaborations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opprett et samarbeid (fra «kartlegges»); planlagt sluttdato er påkrevd")
    Collaboration create(@PathVariable long caseId, @RequestBody NewCollaboration collaboration, CurrentUser user) {
        return collaborations.create(caseId, collaboration, user);
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}")
    Collaboration get(@PathVariable long caseId, @PathVariable long collaborationId) {
        return collaborations.get(caseId, collaborationId);
    }

    @PutMapping("/api/cases/{caseId}/collaborations/{collaborationId}")
    @Operation(summary = "Endre et aktivt samarbeid; felt som ikke er med beholder verdien")
    Collaboration update(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestBody NewCollaboration changes,
            CurrentUser user) {
        return collaborations.update(caseId, collaborationId, changes, user);
    }

    @PutMapping("/api/cases/{caseId}/collaborations/{collaborationId}/milestones/{kind}")
    @Operation(summary = "Sett en milepæl: dato, eller notRelevant")
    Collaboration milestone(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @PathVariable Collaboration.MilestoneKind kind,
            @RequestBody MilestoneValue value,
            CurrentUser user) {
        return collaborations.setMilestone(
                caseId, collaborationId, kind, value.date(), Boolean.TRUE.equals(value.notRelevant()), user);
    }

    @PutMapping("/api/cases/{caseId}/collaborations/{collaborationId}/plan")
    @Operation(summary = "Lagre planen: mål og tjenestene fra katalogen (med/ikke med, periode, status)")
    Collaboration plan(
            @PathVariable long caseId, @PathVariable long collaborationId, @RequestBody Plan plan, CurrentUser user) {
        return collaborations.savePlan(
                caseId, collaborationId, plan.goals(), plan.items() == null ? List.of() : plan.items(), user);
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/complete")
    @Operation(summary = "Fullfør samarbeidet: nektes uten plan, advarer uten evaluering")
    Collaborations.Completion complete(
            @PathVariable long caseId, @PathVariable long collaborationId, CurrentUser user) {
        return collaborations.complete(caseId, collaborationId, user);
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/cancel")
    Collaboration cancel(@PathVariable long caseId, @PathVariable long collaborationId, CurrentUser user) {
        return collaborations.cancel(caseId, collaborationId, user);
    }

    @GetMapping("/api/cases/{caseId}/activities")
    List<Activity> activities(@PathVariable long caseId) {
        return activities.forCase(caseId);
    }

    @PostMapping("/api/cases/{caseId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrer en aktivitet (møte, telefon, e-post, samling); startsAt er norsk lokal tid")
    Activity register(@PathVariable long caseId, @RequestBody NewActivity activity, CurrentUser user) {
        return activities.register(caseId, activity, user);
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrer en aktivitet i et samarbeid")
    Activity registerInCollaboration(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestBody NewActivity activity,
            CurrentUser user) {
        collaborations.get(caseId, collaborationId);
        return activities.register(caseId, activity.in(collaborationId), user);
    }

    @PutMapping("/api/cases/{caseId}/activities/{activityId}/status")
    @Operation(summary = "Marker en aktivitet som planlagt, gjennomført eller avlyst")
    Activity status(
            @PathVariable long caseId,
            @PathVariable long activityId,
            @RequestBody StatusChange change,
            CurrentUser user) {
        if (change.status() == null) {
            throw new InvalidRequestException("status mangler: PLANNED, DONE eller CANCELLED.");
        }
        return activities.setStatus(caseId, activityId, change.status(), user);
    }
}
