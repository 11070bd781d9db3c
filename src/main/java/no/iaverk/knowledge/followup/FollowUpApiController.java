package no.iaverk.knowledge.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Oppfølging av sykmeldte", description = "Tidslinjen med plikter etter første sykedag, og reglene bak den")
class FollowUpApiController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FollowUpRules rules;

    FollowUpApiController(FollowUpRules rules) {
        this.rules = rules;
    }

    /** The body of a PUT: the whole rule but its key; a source is file and lines together, or neither. */
    record RuleBody(
            @Nullable String actor,
            @Nullable String title,
            @Nullable String description,
            @Nullable String dueAmount,
            @Nullable String dueUnit,
            @Nullable String appliesTo,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable String sourceFile,
            @Nullable String sourceLines) {}

    @GetMapping("/api/knowledge/follow-up-timeline")
    @Operation(
            summary = "Pliktene til arbeidsgiver, arbeidstaker, lege og NAV uke for uke etter første sykedag"
                    + " (ÅÅÅÅ-MM-DD), etter reglene som gjaldt den dagen; graded=true for gradert sykmelding."
                    + " Beregnes ved hvert kall, ingenting lagres.")
    FollowUpTimeline timeline(
            @RequestParam(required = false) @Nullable String firstSickDay,
            @RequestParam(required = false) @Nullable String graded) {
        return rules.timeline(TimelineRequest.parse(firstSickDay, graded));
    }

    // No "produces": a bad date must still be answered with a problem detail, whatever the client accepts.
    @GetMapping("/api/knowledge/follow-up-timeline.ics")
    @Operation(summary = "Den samme tidslinjen som kalenderfil (iCalendar), én heldagshendelse per plikt")
    ResponseEntity<String> calendar(
            @RequestParam(required = false) @Nullable String firstSickDay,
            @RequestParam(required = false) @Nullable String graded) {
        var request = TimelineRequest.parse(firstSickDay, graded);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(CalendarFile.fileName(request.firstSickDay()))
                                .build()
                                .toString())
                .body(rules.calendar(request));
    }

    @GetMapping("/api/knowledge/follow-up-rules")
    @Operation(summary = "Alle reglene for oppfølgingen, med gyldighet og kilde (null: kilde ikke verifisert)")
    List<FollowUpRule> list() {
        return rules.rules();
    }

    @GetMapping("/api/knowledge/follow-up-rules/{id}")
    @Operation(summary = "Én regel for oppfølgingen")
    FollowUpRule rule(@PathVariable int id) {
        return rules.rule(id);
    }

    @PutMapping("/api/knowledge/follow-up-rules/{id}")
    @Operation(
            summary = "Endre en regel (ADMIN): hele regelen unntatt nøkkelen. Kildefil og linjer gjør regelen"
                    + " verifisert; uten kilde vises den som «kilde ikke verifisert».")
    FollowUpRule update(@PathVariable int id, @RequestBody RuleBody body, CurrentUser user) {
        return rules.update(
                id,
                RuleChange.parse(
                        body.actor(),
                        body.title(),
                        body.description(),
                        body.dueAmount(),
                        body.dueUnit(),
                        body.appliesTo(),
                        body.validFrom(),
                        body.validTo(),
                        body.sourceFile(),
                        body.sourceLines()),
                user);
    }
}
