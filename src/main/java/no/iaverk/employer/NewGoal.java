package no.iaverk.employer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A goal the enterprise sets, as the API's body and the page's form give it; {@link Goals#create} checks every field
 * and names each wrong one in Norwegian. {@code metric} stays text so an unknown one is a field error, not a parse
 * failure.
 */
public record NewGoal(
        @Nullable String description,
        @Nullable String metric,
        @Nullable BigDecimal target,
        @Nullable BigDecimal tolerance,
        @Nullable Integer year) {}
