package no.iaverk.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import no.iaverk.evaluation.CollaborationEffect;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.security.AuditedRead;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Effektevaluering",
        description = "Endret sykefraværet seg der sentrene bisto, mot sammenlignbare arbeidsplasser?")
class EffectsApiController {

    private final EffectEvaluation evaluation;

    EffectsApiController(EffectEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @GetMapping("/api/evaluation/effects")
    @AuditedRead("EFFECT_ESTIMATE")
    @Operation(
            summary = "Effekt av bistanden i prosentpoeng sykefravær per kvartal fra start, med 95 % intervall"
                    + " (forskjell-i-forskjeller mot de fem nærmeste arbeidsplassene som ennå ikke har fått bistand)."
                    + " plannedDuration er planlagt varighet fra startdato til planlagt slutt: UP_TO_6_MONTHS,"
                    + " MONTHS_7_TO_12, MONTHS_13_TO_24 eller OVER_24_MONTHS.")
    EffectEstimate effects(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable String industryProgramme,
            @RequestParam(required = false) EffectFilter.@Nullable Level level,
            @RequestParam(required = false) EffectFilter.@Nullable ServiceArea serviceArea,
            @RequestParam(required = false) EffectFilter.@Nullable AssistanceForm assistanceForm,
            @RequestParam(required = false) EffectFilter.@Nullable Participation participation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate startFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startTo,
            @RequestParam(required = false) EffectFilter.@Nullable DurationBand plannedDuration) {
        return evaluation.estimate(new EffectFilter(
                unit,
                county,
                industryProgramme,
                level,
                serviceArea,
                assistanceForm,
                participation,
                startFrom,
                startTo,
                plannedDuration,
                null));
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}/effect")
    @Operation(
            summary = "Samarbeidets arbeidsplasser før og etter start mot sine sammenligningsarbeidsplasser, og"
                    + " beskrivende effekt når minst fem arbeidsplasser fikk sin første bistand her")
    CollaborationEffect collaborationEffect(@PathVariable long caseId, @PathVariable long collaborationId) {
        return evaluation
                .collaboration(caseId, collaborationId)
                .orElseThrow(() -> new CollaborationNotFound(caseId, collaborationId));
    }

    static class CollaborationNotFound extends NotFoundException {
        CollaborationNotFound(long caseId, long id) {
            super("Fant ikke samarbeid %d i sak %d.".formatted(id, caseId));
        }
    }
}
