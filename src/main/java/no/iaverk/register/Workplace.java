package no.iaverk.register;

import org.jspecify.annotations.Nullable;

/**
 * A unit where people work and sick leave is counted: a sub-unit, or a legal unit without sub-units. The fields are
 * those the statistics are broken down by.
 */
public record Workplace(
        String orgNumber,
        String name,
        @Nullable String naceCode,
        @Nullable String industry,
        @Nullable String industryProgramme,
        @Nullable Integer sector,
        @Nullable String municipalityNumber,
        @Nullable Integer employees) {}
