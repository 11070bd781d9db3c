package no.iaverk.reference;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reference data an import needs in memory: today's municipality for a reported one, the industry programme of a
 * NACE code and the statistics sector of an institutional sector code.
 */
public record Classification(
        MunicipalityResolver municipalities,
        Map<String, String> programmeByNaceCode,
        Map<String, Integer> sectorByInstitutionalCode) {

    /** Everything that is neither state nor municipal administration counts as business (sector 3). */
    public static final int BUSINESS_SECTOR = 3;

    /**
     * The programme of a NACE code ("88.911"): an exact 5-digit mapping wins over a whole 2-digit industry ("10").
     * The mappings hold the union of SN2007 and SN2025 codes, so either standard works.
     */
    public @Nullable String programmeFor(@Nullable String naceCode) {
        if (naceCode == null || naceCode.length() < 2) {
            return null;
        }
        String exact = programmeByNaceCode.get(naceCode);
        return exact != null ? exact : programmeByNaceCode.get(naceCode.substring(0, 2));
    }

    public @Nullable Integer sectorFor(@Nullable String institutionalSectorCode) {
        if (institutionalSectorCode == null) {
            return null;
        }
        return sectorByInstitutionalCode.getOrDefault(institutionalSectorCode, BUSINESS_SECTOR);
    }
}
