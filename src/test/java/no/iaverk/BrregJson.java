package no.iaverk;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Hand-written records in Brønnøysund's bulk format, for the import's edge cases. */
public final class BrregJson {

    private BrregJson() {}

    public static String array(String... records) {
        return Arrays.stream(records).collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    public static String legalUnit(String orgNumber, String name, String form, String sectorCode, String municipality) {
        return legalUnit(orgNumber, name, form, sectorCode, municipality, "");
    }

    /** {@code extra} is inserted as further fields, e.g. {@code "konkurs": true,}. */
    public static String legalUnit(
            String orgNumber, String name, String form, String sectorCode, String municipality, String extra) {
        return """
                {
                  "organisasjonsnummer": "%s",
                  "navn": "%s",
                  "organisasjonsform": {"kode": "%s", "beskrivelse": "Form %s"},
                  "naeringskode1": {"kode": "88.911", "beskrivelse": "Barnehager"},
                  "antallAnsatte": 12,
                  "harRegistrertAntallAnsatte": true,
                  "registreringsdatoEnhetsregisteret": "2021-03-15",
                  "institusjonellSektorkode": {"kode": "%s", "beskrivelse": "Sektor"},
                  %s
                  "forretningsadresse": {"land": "Norge", "landkode": "NO", "postnummer": "5003",
                    "poststed": "BERGEN", "adresse": ["Torget 1"], "kommune": "BERGEN", "kommunenummer": "%s"},
                  "konkurs": false,
                  "underAvvikling": false,
                  "underTvangsavviklingEllerTvangsopplosning": false
                }""".formatted(orgNumber, name, form, form, sectorCode, extra, municipality);
    }

    public static String subUnit(String orgNumber, String name, String parent, String naceCode, int employees) {
        return subUnit(orgNumber, name, parent, naceCode, employees, "4601", "BERGEN", "");
    }

    public static String subUnit(
            String orgNumber,
            String name,
            String parent,
            String naceCode,
            int employees,
            String municipality,
            String municipalityName,
            String extra) {
        return """
                {
                  "organisasjonsnummer": "%s",
                  "navn": "%s",
                  "organisasjonsform": {"kode": "BEDR", "beskrivelse": "Underenhet til næringsdrivende og offentlig forvaltning"},
                  "naeringskode1": {"kode": "%s", "beskrivelse": "Næring"},
                  "antallAnsatte": %d,
                  "harRegistrertAntallAnsatte": true,
                  "registreringsdatoEnhetsregisteret": "2021-03-15",
                  "overordnetEnhet": "%s",
                  %s
                  "beliggenhetsadresse": {"land": "Norge", "landkode": "NO", "postnummer": "5003",
                    "poststed": "BERGEN", "adresse": ["Torget 1"], "kommune": "%s", "kommunenummer": "%s"}
                }""".formatted(orgNumber, name, naceCode, employees, parent, extra, municipalityName, municipality);
    }
}
