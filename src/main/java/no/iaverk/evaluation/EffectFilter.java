package no.iaverk.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which first starts an estimate studies; every criterion is optional. Participation is measured after start, so a
 * subgroup by it is descriptive, not causal.
 */
public record EffectFilter(
        @Nullable String unit,
        @Nullable String county,
        @Nullable String industryProgramme,
        @Nullable Level level,
        @Nullable ServiceArea serviceArea,
        @Nullable AssistanceForm assistanceForm,
        @Nullable Participation participation,
        @Nullable LocalDate startFrom,
        @Nullable LocalDate startTo) {

    public static final EffectFilter ALL = new EffectFilter(null, null, null, null, null, null, null, null, null);

    public enum Level {
        TOP,
        UNIT
    }

    public enum ServiceArea {
        REDUCE_SICK_LEAVE,
        PREVENTIVE_WORK_ENVIRONMENT,
        HELSE_I_ARBEID
    }

    public enum AssistanceForm {
        PROCESS,
        KNOWLEDGE_TRANSFER
    }

    /**
     * Who took part: ALL_STAFF when a done activity had staff present, else PARTY_GROUP when a union or safety
     * representative took part, else LEADERS_ONLY.
     */
    public enum Participation {
        ALL_STAFF,
        PARTY_GROUP,
        LEADERS_ONLY
    }

    /** What the filter looks at of one workplace's first collaboration. */
    public record Start(
            String unit,
            @Nullable String county,
            @Nullable String industryProgramme,
            String level,
            List<String> serviceAreas,
            @Nullable String assistanceForm,
            String participation,
            LocalDate startedOn) {}

    public boolean matches(Start s) {
        return (unit == null || unit.equals(s.unit()))
                && (county == null || county.equals(s.county()))
                && (industryProgramme == null || industryProgramme.equals(s.industryProgramme()))
                && (level == null || level.name().equals(s.level()))
                && (serviceArea == null || s.serviceAreas().contains(serviceArea.name()))
                && (assistanceForm == null || assistanceForm.name().equals(s.assistanceForm()))
                && (participation == null || participation.name().equals(s.participation()))
                && (startFrom == null || !s.startedOn().isBefore(startFrom))
                && (startTo == null || !s.startedOn().isAfter(startTo));
    }
}
