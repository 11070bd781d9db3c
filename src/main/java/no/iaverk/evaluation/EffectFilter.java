package no.iaverk.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which first starts an estimate studies; every criterion is optional. Participation and actual duration are measured
 * after start, so a subgroup by either is descriptive, not causal; the planned duration is agreed at start.
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
        @Nullable LocalDate startTo,
        @Nullable DurationBand plannedDuration,
        @Nullable ActualDuration actualDuration) {

    public static final EffectFilter ALL =
            new EffectFilter(null, null, null, null, null, null, null, null, null, null, null);

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

    /**
     * A collaboration's length from its start date to an end date, in the bands of the centres' own reporting (under 1
     * month and 1–6 months, 7–12 months, 1–1.5 and 1.5–2 years, in the evaluation of the centres) with the shortest two
     * and the two between one and two years merged, so that a band more often holds the five treated workplaces a
     * figure needs; and the over-two-year collaborations the evaluation found too long set apart.
     */
    public enum DurationBand {
        UP_TO_6_MONTHS,
        MONTHS_7_TO_12,
        MONTHS_13_TO_24,
        OVER_24_MONTHS;

        /** The band of a collaboration from {@code start} to {@code end}: up to 6 months is until start + 6 months. */
        public static DurationBand of(LocalDate start, LocalDate end) {
            if (!end.isAfter(start.plusMonths(6))) return UP_TO_6_MONTHS;
            if (!end.isAfter(start.plusMonths(12))) return MONTHS_7_TO_12;
            if (!end.isAfter(start.plusMonths(24))) return MONTHS_13_TO_24;
            return OVER_24_MONTHS;
        }
    }

    /**
     * How long a collaboration actually lasted: the band of its actual end; a running one is {@code ONGOING} until it
     * has run for more than 24 months, when its band is certain whenever it ends.
     */
    public enum ActualDuration {
        UP_TO_6_MONTHS,
        MONTHS_7_TO_12,
        MONTHS_13_TO_24,
        OVER_24_MONTHS,
        ONGOING;

        public static ActualDuration of(LocalDate start, @Nullable LocalDate endedOn, LocalDate today) {
            if (endedOn != null) return valueOf(DurationBand.of(start, endedOn).name());
            return DurationBand.of(start, today) == DurationBand.OVER_24_MONTHS ? OVER_24_MONTHS : ONGOING;
        }
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
            LocalDate startedOn,
            @Nullable DurationBand plannedDuration,
            @Nullable ActualDuration actualDuration) {}

    public boolean matches(Start s) {
        return (unit == null || unit.equals(s.unit()))
                && (county == null || county.equals(s.county()))
                && (industryProgramme == null || industryProgramme.equals(s.industryProgramme()))
                && (level == null || level.name().equals(s.level()))
                && (serviceArea == null || s.serviceAreas().contains(serviceArea.name()))
                && (assistanceForm == null || assistanceForm.name().equals(s.assistanceForm()))
                && (participation == null || participation.name().equals(s.participation()))
                && (startFrom == null || !s.startedOn().isBefore(startFrom))
                && (startTo == null || !s.startedOn().isAfter(startTo))
                && (plannedDuration == null || plannedDuration == s.plannedDuration())
                && (actualDuration == null || actualDuration == s.actualDuration());
    }
}
