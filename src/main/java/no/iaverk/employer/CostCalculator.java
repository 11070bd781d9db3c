package no.iaverk.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.iaverk.employer.CostEstimate.CostMode;
import no.iaverk.employer.EmployerSickLeave.LastFourQuarters;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

/**
 * The employer's cost calculator, as NAV's (min-ia): lost workdays × cost per day, the lost workdays either given or
 * the percent of the possible workdays (FTEs × {@value #WORKDAYS_PER_FTE} when only FTEs are known). Wrong fields are
 * a 400 naming each field in Norwegian.
 */
@Service
public class CostCalculator {

    /** Possible workdays in a full-time year, as NAV's calculator counts them (5 × 52 weeks less holidays). */
    public static final int WORKDAYS_PER_FTE = 230;

    private static final MessageSourceAccessor TEXT = MessageBundle.of("templates/employer/messages");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_WORKDAYS = new BigDecimal("1000000000");
    private static final BigDecimal MAX_FTE = new BigDecimal("5000000");
    private static final BigDecimal MAX_COST_PER_DAY = new BigDecimal("1000000");

    private final BigDecimal defaultCostPerDay;

    public CostCalculator(@Value("${iaverk.sick-leave.cost-per-day:4700}") BigDecimal defaultCostPerDay) {
        this.defaultCostPerDay = defaultCostPerDay;
    }

    public BigDecimal defaultCostPerDay() {
        return defaultCostPerDay;
    }

    public CostEstimate calculate(CostForm form) {
        var errors = new InvalidFieldsException.Collector();
        CostMode mode = mode(form.mode());
        errors.check(mode != null, "mode", TEXT.getMessage("calculator.error.mode"));
        BigDecimal costPerDay = blank(form.costPerDay()) ? defaultCostPerDay : number(form.costPerDay());
        errors.check(
                costPerDay != null && costPerDay.signum() > 0 && costPerDay.compareTo(MAX_COST_PER_DAY) <= 0,
                "costPerDay",
                TEXT.getMessage("calculator.error.costPerDay"));
        if (mode == CostMode.WORKDAYS) {
            BigDecimal lost = number(form.lostWorkdays());
            BigDecimal target = number(form.targetLostWorkdays());
            errors.check(within(lost, MAX_WORKDAYS), "lostWorkdays", TEXT.getMessage("calculator.error.lostWorkdays"));
            errors.check(
                    within(target, MAX_WORKDAYS),
                    "targetLostWorkdays",
                    TEXT.getMessage("calculator.error.targetLostWorkdays"));
            errors.check(
                    lost == null || target == null || target.compareTo(lost) <= 0,
                    "targetLostWorkdays",
                    TEXT.getMessage("calculator.error.targetAboveNow"));
            errors.throwIfAny();
            return estimate(mode, null, lost, target, costPerDay);
        }
        if (mode == CostMode.PERCENT) {
            BigDecimal given = number(form.possibleWorkdays());
            BigDecimal fte = number(form.fte());
            boolean hasGiven = !blank(form.possibleWorkdays());
            boolean hasFte = !blank(form.fte());
            errors.check(hasGiven || hasFte, "possibleWorkdays", TEXT.getMessage("calculator.error.possibleOrFte"));
            errors.check(!(hasGiven && hasFte), "possibleWorkdays", TEXT.getMessage("calculator.error.notBoth"));
            if (hasGiven) {
                errors.check(
                        positive(given, MAX_WORKDAYS),
                        "possibleWorkdays",
                        TEXT.getMessage("calculator.error.possibleWorkdays"));
            }
            if (hasFte) {
                errors.check(positive(fte, MAX_FTE), "fte", TEXT.getMessage("calculator.error.fte"));
            }
            BigDecimal current = number(form.currentPercent());
            BigDecimal target = number(form.targetPercent());
            errors.check(within(current, HUNDRED), "currentPercent", TEXT.getMessage("calculator.error.percent"));
            errors.check(within(target, HUNDRED), "targetPercent", TEXT.getMessage("calculator.error.percent"));
            errors.check(
                    current == null || target == null || target.compareTo(current) <= 0,
                    "targetPercent",
                    TEXT.getMessage("calculator.error.targetAboveNow"));
            errors.throwIfAny();
            BigDecimal possible = hasGiven ? given : fte.multiply(BigDecimal.valueOf(WORKDAYS_PER_FTE));
            return estimate(
                    mode,
                    possible,
                    possible.multiply(current).divide(HUNDRED),
                    possible.multiply(target).divide(HUNDRED),
                    costPerDay);
        }
        errors.throwIfAny();
        throw new IllegalStateException("unreachable: no mode is an error above");
    }

    /**
     * The form filled from the enterprise's own last four quarters: its possible workdays and percent, when all four
     * quarters have figures (masked or partial figures are no year to count from); else the empty form.
     */
    public CostForm prefill(EmployerSickLeave sickLeave) {
        LastFourQuarters window = sickLeave.enterprise().lastFourQuarters();
        if (window.masked()
                || window.maskedQuarters() > 0
                || window.quarters().size() < 4
                || window.percent() == null
                || window.possibleWorkdays() == null) {
            return CostForm.empty();
        }
        return new CostForm(
                CostMode.PERCENT.name(),
                decimal(window.possibleWorkdays().setScale(1, RoundingMode.HALF_UP)),
                null,
                decimal(window.percent()),
                null,
                null,
                null,
                null);
    }

    /** Called only once the fields are checked: none of the values is null here. */
    private static CostEstimate estimate(
            CostMode mode,
            @Nullable BigDecimal possible,
            @Nullable BigDecimal lost,
            @Nullable BigDecimal lostAtTarget,
            @Nullable BigDecimal costPerDay) {
        BigDecimal cost = lost.multiply(costPerDay);
        BigDecimal costAtTarget = lostAtTarget.multiply(costPerDay);
        return new CostEstimate(
                mode,
                possible == null ? null : possible.setScale(1, RoundingMode.HALF_UP),
                lost.setScale(1, RoundingMode.HALF_UP),
                lostAtTarget.setScale(1, RoundingMode.HALF_UP),
                costPerDay,
                kroner(cost),
                kroner(costAtTarget),
                kroner(cost.subtract(costAtTarget)));
    }

    private static BigDecimal kroner(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    private static @Nullable CostMode mode(@Nullable String mode) {
        if (blank(mode)) {
            return null;
        }
        try {
            return CostMode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean within(@Nullable BigDecimal value, BigDecimal max) {
        return value != null && value.signum() >= 0 && value.compareTo(max) <= 0;
    }

    private static boolean positive(@Nullable BigDecimal value, BigDecimal max) {
        return value != null && value.signum() > 0 && value.compareTo(max) <= 0;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** «7,5», «7.5» and «12 000» (spaces as thousands separators) are numbers; anything else is null. */
    static @Nullable BigDecimal number(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        String plain = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (plain.length() > 30 || !plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
