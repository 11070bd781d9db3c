package no.iaverk.prioritization;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named rule: an enterprise matches when it meets every condition of at least one group (an OR of AND-groups).
 * Presets belong to no unit and are for everyone; the others are shared within the unit that saved them.
 */
public record RuleSet(long id, String name, @Nullable String unitCode, boolean preset, List<List<Condition>> groups) {}
