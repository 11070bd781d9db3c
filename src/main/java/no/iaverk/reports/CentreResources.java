package no.iaverk.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A centre's resources in one year and who put them there; figures null when the centre has none for the year. */
public record CentreResources(
        String unitCode,
        String name,
        int year,
        ResourceFigures figures,
        @Nullable ResourceSource source,
        @Nullable String sourceReference,
        @Nullable String enteredBy,
        @Nullable Instant enteredAt) {

    public boolean recorded() {
        return source != null;
    }
}
