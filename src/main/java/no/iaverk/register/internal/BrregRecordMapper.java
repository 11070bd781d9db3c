package no.iaverk.register.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.iaverk.reference.Classification;
import no.iaverk.reference.MunicipalityResolver;
import no.iaverk.shared.ControlCharacters;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns one record of Brønnøysund's bulk JSON (enheter or underenheter) into an {@link EnterpriseRow}: it rejects
 * what cannot be stored, sets aside (with a warning) single fields that are wrong, and classifies the rest.
 */
final class BrregRecordMapper {

    /** Organisation forms of sub-units: a business (BEDR) and a sub-unit of a non-business (AAFY). */
    static final Set<String> SUB_UNIT_FORMS = Set.of("BEDR", "AAFY");

    private static final Pattern NACE_CODE = Pattern.compile("\\d{2}\\.\\d{3}");

    /** The outcome for one record: a row (possibly with warnings) or a rejection reason. */
    record Mapped(
            @Nullable EnterpriseRow row,
            @Nullable String orgNumber,
            @Nullable String rejection,
            List<String> warnings,
            MunicipalityResolver.Method municipalityMethod) {}

    private final Classification classification;

    BrregRecordMapper(Classification classification) {
        this.classification = classification;
    }

    Mapped map(JsonNode record) {
        if (!record.isObject()) {
            return rejected(null, "posten er ikke et JSON-objekt");
        }
        String orgNumber = text(record, "organisasjonsnummer");
        String garbled = fieldWithControlCharacters(record, null);
        if (garbled != null) {
            return rejected(orgNumber, "feltet %s inneholder kontrolltegn".formatted(garbled));
        }
        String orgProblem = OrgNumber.problemWith(orgNumber);
        if (orgProblem != null) {
            return rejected(orgNumber, orgProblem);
        }
        String name = text(record, "navn");
        if (name == null) {
            return rejected(orgNumber, "mangler navn");
        }
        String form = text(record.path("organisasjonsform"), "kode");
        if (form == null) {
            return rejected(orgNumber, "mangler organisasjonsform");
        }
        List<String> warnings = new ArrayList<>();
        boolean subUnit = SUB_UNIT_FORMS.contains(form);

        String parent = text(record, "overordnetEnhet");
        if (parent != null) {
            String parentProblem = OrgNumber.problemWith(parent);
            if (parentProblem != null) {
                return rejected(orgNumber, "overordnet enhet: " + parentProblem);
            }
            if (parent.equals(orgNumber)) {
                warnings.add("oppgir seg selv som overordnet enhet; koblingen er utelatt");
                parent = null;
            }
        } else if (subUnit) {
            warnings.add("underenhet uten overordnet enhet");
        }

        String nace1 = naceCode(record, "naeringskode1", warnings);
        String institutionalSector = text(record.path("institusjonellSektorkode"), "kode");

        JsonNode address = firstObject(record, "forretningsadresse", "beliggenhetsadresse", "postadresse");
        String countryCode = text(address, "landkode");
        String reportedNumber = text(address, "kommunenummer");
        String reportedName = text(address, "kommune");
        var municipality = classification.municipalities().resolve(reportedNumber, reportedName);
        if (municipality.method() == MunicipalityResolver.Method.MISSING
                && (countryCode == null || countryCode.equals("NO"))) {
            warnings.add("mangler kommunenummer i adressen");
        }

        var row = new EnterpriseRow(
                orgNumber,
                name,
                form,
                text(record.path("organisasjonsform"), "beskrivelse"),
                subUnit,
                parent,
                nace1,
                naceCode(record, "naeringskode2", warnings),
                naceCode(record, "naeringskode3", warnings),
                nace1 == null ? null : nace1.substring(0, 2),
                classification.programmeFor(nace1),
                institutionalSector,
                text(record.path("institusjonellSektorkode"), "beskrivelse"),
                subUnit ? null : classification.sectorFor(institutionalSector),
                employees(record, warnings),
                record.path("harRegistrertAntallAnsatte").asBoolean(false),
                date(record, "registreringsdatoEnhetsregisteret", warnings),
                date(record, "oppstartsdato", warnings),
                addressLines(address),
                text(address, "postnummer"),
                text(address, "poststed"),
                countryCode,
                municipality.number(),
                reportedNumber,
                reportedName,
                record.path("konkurs").asBoolean(false),
                record.path("underAvvikling").asBoolean(false),
                record.path("underTvangsavviklingEllerTvangsopplosning").asBoolean(false),
                deletedOn(record, warnings));
        return new Mapped(row, orgNumber, null, warnings, municipality.method());
    }

    private static Mapped rejected(@Nullable String orgNumber, String reason) {
        return new Mapped(null, orgNumber, reason, List.of(), MunicipalityResolver.Method.MISSING);
    }

    private static @Nullable String naceCode(JsonNode record, String field, List<String> warnings) {
        String code = text(record.path(field), "kode");
        if (code == null || NACE_CODE.matcher(code).matches()) {
            return code;
        }
        warnings.add("%s «%s» er ikke en næringskode (nn.nnn); utelatt".formatted(field, code));
        return null;
    }

    private static @Nullable Integer employees(JsonNode record, List<String> warnings) {
        JsonNode value = record.path("antallAnsatte");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= 0) {
            return value.asInt();
        }
        warnings.add("antallAnsatte «%s» er ikke et ikke-negativt heltall; utelatt".formatted(value));
        return null;
    }

    private static @Nullable LocalDate deletedOn(JsonNode record, List<String> warnings) {
        LocalDate deleted = date(record, "slettedato", warnings);
        return deleted != null ? deleted : date(record, "nedleggelsesdato", warnings);
    }

    private static @Nullable LocalDate date(JsonNode record, String field, List<String> warnings) {
        String value = text(record, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            warnings.add("%s «%s» er ikke en dato (ÅÅÅÅ-MM-DD); utelatt".formatted(field, value));
            return null;
        }
    }

    private static JsonNode firstObject(JsonNode record, String... fields) {
        for (String field : fields) {
            if (record.path(field).isObject()) {
                return record.path(field);
            }
        }
        return record.path(fields[0]);
    }

    private static @Nullable String addressLines(JsonNode address) {
        JsonNode lines = address.path("adresse");
        if (!lines.isArray() || lines.isEmpty()) {
            return null;
        }
        String joined = lines.values().stream()
                .filter(JsonNode::isValueNode)
                .map(JsonNode::asString)
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    /** The first field (as a dotted path) whose text holds control characters, searching the whole record. */
    private static @Nullable String fieldWithControlCharacters(JsonNode node, @Nullable String path) {
        if (node.isString()) {
            return ControlCharacters.in(node.asString()) ? String.valueOf(path) : null;
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                String found = fieldWithControlCharacters(element, path);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        for (var field : node.properties()) {
            String name = path == null ? field.getKey() : path + "." + field.getKey();
            String found = ControlCharacters.in(field.getKey())
                    ? String.valueOf(path == null ? "(feltnavn)" : path)
                    : fieldWithControlCharacters(field.getValue(), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A scalar field as trimmed text; null when absent, null, blank or not a scalar. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }
}
