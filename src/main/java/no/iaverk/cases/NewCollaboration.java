package no.iaverk.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A collaboration to create, or the new values of an existing one's fields (exit criterion, goals, form). */
public record NewCollaboration(
        @Nullable String name,
        Collaboration.@Nullable Level level,
        @Nullable List<String> unitOrgNumbers,
        Collaboration.@Nullable InitiatedBy initiatedBy,
        @Nullable List<Collaboration.ServiceArea> serviceAreas,
        @Nullable LocalDate startDate,
        @Nullable LocalDate plannedEndDate,
        @Nullable String exitCriterion,
        Collaboration.@Nullable AssistanceForm assistanceForm,
        @Nullable String goals) {}
