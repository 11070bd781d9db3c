package no.iaverk.trials.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One arm against the reference arm for one outcome: the ANCOVA coefficient of the arm (percentage points, negative =
 * less sick leave), its HC2 standard error, the 95 % interval and p-value from the t distribution with n − p degrees
 * of freedom, and the stratified permutation p-value. All figures are null when the result is withheld.
 *
 * @param analysed legal units of this arm with both baseline and follow-up
 */
public record ArmEffect(
        String arm,
        int analysed,
        @Nullable Double estimate,
        @Nullable Double standardError,
        @Nullable Double ciLow,
        @Nullable Double ciHigh,
        @Nullable Double pRobust,
        @Nullable Double pPermutation,
        @Nullable WithheldReason withheld) {

    static ArmEffect withheld(String arm, int analysed, WithheldReason reason) {
        return new ArmEffect(arm, analysed, null, null, null, null, null, null, reason);
    }

    @JsonIgnore // the field says why; this would shadow it in JSON
    public boolean isWithheld() {
        return withheld != null;
    }
}
