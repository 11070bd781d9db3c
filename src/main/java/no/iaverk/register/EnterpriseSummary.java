package no.iaverk.register;

import org.jspecify.annotations.Nullable;

/** An enterprise in a list: enough to recognise it and open it. */
public record EnterpriseSummary(
        String orgNumber,
        String name,
        String organisationForm,
        boolean subUnit,
        @Nullable Integer employees,
        @Nullable String naceCode,
        @Nullable String naceName,
        @Nullable String municipalityNumber,
        @Nullable String municipalityName,
        EnterpriseStatus status) {}
