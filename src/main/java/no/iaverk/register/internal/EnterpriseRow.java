package no.iaverk.register.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One register record as it is stored, after validation and classification. */
record EnterpriseRow(
        String orgNumber,
        String name,
        String organisationForm,
        @Nullable String organisationFormName,
        boolean subUnit,
        @Nullable String parentOrgNumber,
        @Nullable String naceCode,
        @Nullable String naceCode2,
        @Nullable String naceCode3,
        @Nullable String industry,
        @Nullable String derivedProgramme,
        @Nullable String institutionalSectorCode,
        @Nullable String institutionalSectorName,
        @Nullable Integer sector,
        @Nullable Integer employees,
        boolean hasRegisteredEmployees,
        @Nullable LocalDate registeredOn,
        @Nullable LocalDate startedOn,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String postalPlace,
        @Nullable String countryCode,
        @Nullable String municipalityNumber,
        @Nullable String reportedMunicipalityNumber,
        @Nullable String reportedMunicipalityName,
        boolean bankrupt,
        boolean underLiquidation,
        boolean underForcedLiquidation,
        @Nullable LocalDate deletedOn) {

    /** The stored columns in staging order; {@link EnterpriseStaging} writes them in this order. */
    static final String COLUMNS =
            "org_number, name, name_search, organisation_form, organisation_form_name, sub_unit, parent_org_number, nace_code,"
                    + " nace_code_2, nace_code_3, industry, derived_programme, institutional_sector_code, institutional_sector_name, sector, employees,"
                    + " has_registered_employees, registered_on, started_on, address, postal_code, postal_place, country_code,"
                    + " municipality_number, reported_municipality_number, reported_municipality_name, bankrupt,"
                    + " under_liquidation, under_forced_liquidation, deleted_on";

    /** How names are compared in a prefix search; the query is lowered the same way. */
    static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    Object[] values() {
        return new Object[] {
            orgNumber,
            name,
            searchable(name),
            organisationForm,
            organisationFormName,
            subUnit,
            parentOrgNumber,
            naceCode,
            naceCode2,
            naceCode3,
            industry,
            derivedProgramme,
            institutionalSectorCode,
            institutionalSectorName,
            sector,
            employees,
            hasRegisteredEmployees,
            registeredOn,
            startedOn,
            address,
            postalCode,
            postalPlace,
            countryCode,
            municipalityNumber,
            reportedMunicipalityNumber,
            reportedMunicipalityName,
            bankrupt,
            underLiquidation,
            underForcedLiquidation,
            deletedOn
        };
    }
}
