package no.iaverk.knowledge.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * What the published views say about one collaboration, as read: its case's unit and level, its workplaces with
 * their programme and industry, the published quarters the rules look at, the workplaces' and the benchmarks'
 * quarterly figures (masked rows have null figures), and its latest completed needs assessment.
 *
 * @param serviceAreas the collaboration's IA-service areas (REDUCE_SICK_LEAVE, PREVENTIVE_WORK_ENVIRONMENT, HELSE_I_ARBEID)
 * @param window the newest published quarter and the three before it, newest first (empty when none is published)
 */
public record CollaborationProfile(
        long collaborationId,
        long caseId,
        String caseUnit,
        String orgNumber,
        String level,
        List<String> serviceAreas,
        List<Unit> units,
        @Nullable String programme,
        @Nullable String programmeName,
        @Nullable String industry,
        List<Quarter> window,
        List<Figures> unitFigures,
        List<Figures> benchmarkFigures,
        @Nullable NeedsAssessment needsAssessment) {

    public record Unit(
            String orgNumber,
            @Nullable String name,
            @Nullable String programme,
            @Nullable String industry) {}

    /**
     * One quarter's figures of a workplace ({@code kind} WORKPLACE, {@code code} its org. number) or of a category
     * (INDUSTRY_PROGRAMME, INDUSTRY, COUNTRY). Null figures when masked; null short/long term without durations.
     */
    public record Figures(
            String kind,
            String code,
            Quarter quarter,
            boolean masked,
            @Nullable BigDecimal lost,
            @Nullable BigDecimal possible,
            @Nullable BigDecimal shortTermLost,
            @Nullable BigDecimal longTermLost) {}

    public record NeedsAssessment(long surveyId, @Nullable LocalDate completedOn, List<ThemeResult> themes) {}

    /** A theme's mean agreement (1–5); null when fewer than three answered (the view masks it). */
    public record ThemeResult(
            String code,
            String name,
            long respondents,
            @Nullable BigDecimal meanAgreement) {}
}
