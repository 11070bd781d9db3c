package no.iaverk.register;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the register knows about one enterprise, with its legal unit (or parent) and the units below it.
 * A code is always given with its name.
 */
public record EnterpriseDetails(
        String orgNumber,
        String name,
        CodeAndName organisationForm,
        boolean subUnit,
        EnterpriseStatus status,
        @Nullable LocalDate deletedOn,
        @Nullable Integer employees,
        boolean hasRegisteredEmployees,
        @Nullable CodeAndName nace,
        List<CodeAndName> secondaryNace,
        @Nullable CodeAndName industry,
        @Nullable Programme industryProgramme,
        @Nullable CodeAndName sector,
        @Nullable CodeAndName institutionalSector,
        Address address,
        @Nullable LocalDate registeredOn,
        @Nullable LocalDate startedOn,
        @Nullable EnterpriseSummary parent,
        List<EnterpriseSummary> subUnits) {

    public record CodeAndName(String code, @Nullable String name) {}

    /** {@code assigned} is true when a person set the programme rather than the NACE code giving it. */
    public record Programme(String code, String name, boolean assigned) {}

    /** Where the enterprise is: today's municipality and county, and the municipality number as reported. */
    public record Address(
            @Nullable String lines,
            @Nullable String postalCode,
            @Nullable String postalPlace,
            @Nullable String countryCode,
            @Nullable CodeAndName municipality,
            @Nullable CodeAndName county,
            @Nullable String reportedMunicipalityNumber) {}
}
