package no.iaverk.prioritization;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A named rule: an enterprise matches when it meets every condition of at least one group (an OR of AND-groups).
 * Presets belong to no unit and are for everyone; the others are shared within the unit that saved them.
 */
public record RuleSet(long id, String name, @Nullable String unitCode, boolean preset, List<List<Condition>> groups) {

    /** "EMPLOYEES ≥ 50 og PERCENT ≥ 8 | LOST_WORKDAYS ≥ 500", for files and logs. */
    public String describe() {
        return groups.stream()
                .map(group -> group.stream()
                        .map(c -> c.field() + " " + c.operator().symbol() + " "
                                + c.value().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(" og ")))
                .collect(Collectors.joining(" eller "));
    }
}
