package no.iaverk.employer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One enterprise the employer represents, with its legal unit (for a sub-unit) and its sub-units (for a legal unit). */
public record EnterpriseOverview(
        RepresentedEnterprise enterprise,
        @Nullable RepresentedEnterprise legalUnit,
        List<RepresentedEnterprise> subUnits) {}
