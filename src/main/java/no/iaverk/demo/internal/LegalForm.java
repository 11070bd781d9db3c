package no.iaverk.demo.internal;

/**
 * The organisation forms the generator writes, each with its institutional sector as Brønnøysund reports it. An
 * organisation unit (ORGL) belongs to a municipality or to the state, so it appears twice.
 */
enum LegalForm {
    AS("AS", "Aksjeselskap", "2100", "Private aksjeselskaper mv."),
    ASA("ASA", "Allmennaksjeselskap", "2100", "Private aksjeselskaper mv."),
    SA("SA", "Samvirkeforetak", "2100", "Private aksjeselskaper mv."),
    ENK("ENK", "Enkeltpersonforetak", "8200", "Personlig næringsdrivende"),
    DA("DA", "Ansvarlig selskap med delt ansvar", "2300", "Personlige foretak"),
    NUF("NUF", "Norskregistrert utenlandsk foretak", "2100", "Private aksjeselskaper mv."),
    STI("STI", "Stiftelse", "7000", "Ideelle organisasjoner"),
    ANNA("ANNA", "Annen juridisk person", "7000", "Ideelle organisasjoner"),
    KOMM("KOMM", "Kommune", "6500", "Kommuneforvaltningen"),
    FYLK("FYLK", "Fylkeskommune", "6500", "Kommuneforvaltningen"),
    MUNICIPAL_ORGL("ORGL", "Organisasjonsledd", "6500", "Kommuneforvaltningen"),
    STATE_ORGL("ORGL", "Organisasjonsledd", "6100", "Statsforvaltningen"),
    SF("SF", "Statsforetak", "1120", "Statlig eide aksjeselskaper mv."),
    /** The top of the state's tree, which the ministries (ORGL) name as their parent. */
    STATE("ANNA", "Annen juridisk person", "6100", "Statsforvaltningen");

    static final String SUB_UNIT = "BEDR";
    static final String SUB_UNIT_NAME = "Underenhet til næringsdrivende og offentlig forvaltning";
    static final String NON_BUSINESS_SUB_UNIT = "AAFY";
    static final String NON_BUSINESS_SUB_UNIT_NAME = "Underenhet til ikke-næringsdrivende";

    final String code;
    final String description;
    final String sectorCode;
    final String sectorName;

    LegalForm(String code, String description, String sectorCode, String sectorName) {
        this.code = code;
        this.description = description;
        this.sectorCode = sectorCode;
        this.sectorName = sectorName;
    }

    boolean isPublic() {
        return sectorCode.startsWith("6") || this == SF;
    }

    /** Foundations and other non-business bodies own sub-units of the non-business kind (AAFY) now and then. */
    boolean nonBusiness() {
        return this == STI || this == ANNA;
    }
}
