package no.iaverk.reports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The collaborations behind one figure of the assistance report: one item per registration (a unit-level collaboration
 * once per unit), so that {@code total} equals the figure.
 */
public record CollaborationList(int total, List<Item> items) {

    public record Item(
            long collaborationId,
            long caseId,
            String orgNumber,
            @Nullable String enterpriseName,
            String level,
            String status,
            LocalDate startOn,
            @Nullable LocalDate endedOn,
            String unitCode) {}
}
