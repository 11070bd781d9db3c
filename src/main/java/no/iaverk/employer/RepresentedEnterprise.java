package no.iaverk.employer;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise an employer representative may see: a legal unit granted to them, or one of its sub-units ({@code
 * parentOrgNumber} names the legal unit).
 */
public record RepresentedEnterprise(
        String orgNumber,
        String name,
        EnterpriseKind kind,
        @Nullable String parentOrgNumber,
        @Nullable String municipalityNumber,
        @Nullable String municipalityName,
        @Nullable String naceCode,
        @Nullable Integer employees) {}
