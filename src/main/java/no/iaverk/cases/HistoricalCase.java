package no.iaverk.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A case to record afterwards, as it was opened on a past date by a unit (a centre's earlier cases, imported; the
 * demo's assistance history). It is recorded as opened, owned by the recording admin, contacted and mapped that day.
 */
public record HistoricalCase(
        @Nullable String orgNumber,
        @Nullable String unitCode,
        @Nullable Background background,
        @Nullable LocalDate openedOn) {}
