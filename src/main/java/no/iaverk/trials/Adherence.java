package no.iaverk.trials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.trials.internal.FollowUpStore.TrialCollaboration;
import org.jspecify.annotations.Nullable;

/**
 * How one randomised enterprise's assistance followed its arm, computed from its case: the collaboration started in the
 * trial, its actual duration against the planned months, who took part (from the done activities' participants by
 * role) against the arm's participation, the channels against "digital tools only", and the adviser hours against
 * the arm's ceiling. Each departure is a {@link Deviation}.
 *
 * @param actualMonths whole months from the collaboration's start to its end, or to today while it runs
 * @param observedParticipation the widest group that took part: ALL_STAFF when staff did, PARTY_GROUP when an employee
 *     or safety representative did, else LEADERS_ONLY; null before any done activity with participants
 */
public record Adherence(
        String legalUnit,
        @Nullable String name,
        String arm,
        @Nullable Long caseId,
        @Nullable Long collaborationId,
        @Nullable String status,
        @Nullable Integer plannedMonths,
        @Nullable Integer actualMonths,
        @Nullable Participation plannedParticipation,
        @Nullable Participation observedParticipation,
        @Nullable Boolean digitalOnly,
        @Nullable BigDecimal maxAdviserHours,
        @Nullable BigDecimal adviserHours,
        List<Deviation> deviations) {

    public enum Deviation {
        /** No collaboration was started in the trial (declined, not reached, or not yet). */
        NO_COLLABORATION,
        /** An enterprise of the "no outreach" control arm got a collaboration all the same (it asked itself). */
        ASSISTED_DESPITE_NO_OUTREACH,
        CANCELLED,
        LONGER_THAN_PLANNED,
        SHORTER_THAN_PLANNED,
        OTHER_PARTICIPATION,
        NOT_DIGITAL_ONLY,
        OVER_HOURS_CEILING
    }

    public boolean adherent() {
        return deviations.isEmpty();
    }

    /**
     * The duration tolerance: a quarter of the planned months, at least one month, either way. Plans slip by weeks
     * without the form changing; a six-month plan that runs nine months is another form.
     */
    static int toleranceMonths(int plannedMonths) {
        return Math.max(1, Math.round(plannedMonths / 4f));
    }

    static Adherence of(
            String legalUnit,
            @Nullable String name,
            Arm arm,
            @Nullable Long caseId,
            @Nullable TrialCollaboration collaboration,
            LocalDate today) {
        String code = String.valueOf(arm.code());
        if (!arm.reachesOut() || collaboration == null) {
            // The control arm's form is no assistance: nothing to compare but whether it got some.
            List<Deviation> deviations = !arm.reachesOut()
                    ? (collaboration == null ? List.of() : List.of(Deviation.ASSISTED_DESPITE_NO_OUTREACH))
                    : List.of(Deviation.NO_COLLABORATION);
            return new Adherence(
                    legalUnit,
                    name,
                    code,
                    collaboration == null ? caseId : Long.valueOf(collaboration.caseId()),
                    collaboration == null ? null : collaboration.collaborationId(),
                    collaboration == null ? null : collaboration.status(),
                    arm.plannedMonths(),
                    null,
                    arm.participation(),
                    null,
                    arm.digitalOnly(),
                    arm.maxAdviserHours(),
                    collaboration == null ? null : collaboration.adviserHours(),
                    deviations);
        }
        List<Deviation> deviations = new ArrayList<>();
        boolean ended = collaboration.endedOn() != null;
        LocalDate end = ended ? collaboration.endedOn() : today;
        int actual = (int) Math.max(0, ChronoUnit.MONTHS.between(collaboration.startOn(), end));
        if ("CANCELLED".equals(collaboration.status())) {
            deviations.add(Deviation.CANCELLED);
        }
        if (arm.plannedMonths() != null) {
            int tolerance = toleranceMonths(arm.plannedMonths());
            if (actual > arm.plannedMonths() + tolerance) {
                deviations.add(Deviation.LONGER_THAN_PLANNED);
            } else if (ended && actual < arm.plannedMonths() - tolerance) {
                deviations.add(Deviation.SHORTER_THAN_PLANNED);
            }
        }
        Participation observed = observed(collaboration.roles());
        if (observed != null && arm.participation() != null && observed != arm.participation()) {
            deviations.add(Deviation.OTHER_PARTICIPATION);
        }
        if (Boolean.TRUE.equals(arm.digitalOnly())
                && collaboration.channels().stream()
                        .anyMatch(c -> c.equals("PHYSICAL_MEETING") || c.equals("GATHERING"))) {
            deviations.add(Deviation.NOT_DIGITAL_ONLY);
        }
        BigDecimal hours = collaboration.adviserHours();
        if (hours != null && arm.maxAdviserHours() != null && hours.compareTo(arm.maxAdviserHours()) > 0) {
            deviations.add(Deviation.OVER_HOURS_CEILING);
        }
        return new Adherence(
                legalUnit,
                name,
                code,
                collaboration.caseId(),
                collaboration.collaborationId(),
                collaboration.status(),
                arm.plannedMonths(),
                actual,
                arm.participation(),
                observed,
                arm.digitalOnly(),
                arm.maxAdviserHours(),
                hours,
                List.copyOf(deviations));
    }

    private static @Nullable Participation observed(List<String> roles) {
        if (roles.contains("STAFF")) {
            return Participation.ALL_STAFF;
        }
        if (roles.contains("UNION_REPRESENTATIVE")
                || roles.contains("SAFETY_REPRESENTATIVE")
                || roles.contains("OTHER_EMPLOYEE_REPRESENTATIVE")) {
            return Participation.PARTY_GROUP;
        }
        return roles.isEmpty() ? null : Participation.LEADERS_ONLY;
    }
}
