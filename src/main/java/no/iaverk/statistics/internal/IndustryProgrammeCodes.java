package no.iaverk.statistics.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * NAV's bransje codes and iaverk's industry programme codes. NAV publishes building (BYGG) and civil engineering
 * (ANLEGG) apart; iaverk has one programme for both, so their figures are added up.
 */
final class IndustryProgrammeCodes {

    private static final Map<String, String> FROM_NAV = Map.ofEntries(
            Map.entry("BARNEHAGER", "BARNEHAGER"),
            Map.entry("SYKEHJEM", "SYKEHJEM"),
            Map.entry("SYKEHUS", "SYKEHUS"),
            Map.entry("NÆRINGSMIDDELINDUSTRI", "NARINGSMIDDELINDUSTRI"),
            Map.entry("NARINGSMIDDELINDUSTRI", "NARINGSMIDDELINDUSTRI"),
            Map.entry("TRANSPORT", "TRANSPORT"),
            Map.entry("BYGG", "BYGG_OG_ANLEGG"),
            Map.entry("ANLEGG", "BYGG_OG_ANLEGG"),
            Map.entry("BYGG_OG_ANLEGG", "BYGG_OG_ANLEGG"),
            Map.entry("OLJE_OG_GASS_LEVERANDOR", "OLJE_OG_GASS_LEVERANDOR"));

    private IndustryProgrammeCodes() {}

    static Optional<String> fromNav(String code) {
        return Optional.ofNullable(FROM_NAV.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
