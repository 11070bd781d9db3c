package no.iaverk.demo.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import no.iaverk.demo.internal.NorwegianGeography.Address;
import no.iaverk.demo.internal.SsbIndustries.Industry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams records into a gzipped file in Brønnøysund's bulk format: one JSON array of objects, with the same field
 * names and nesting as the real {@code enheter} and {@code underenheter} files. One record per line, so an importer's
 * line numbers point at a record.
 */
final class BrregFileWriter implements AutoCloseable {

    record LegalUnit(
            String orgNumber,
            String name,
            LegalForm form,
            Industry nace1,
            @Nullable Industry nace2,
            int employees,
            String registeredOn,
            boolean vatRegistered,
            Address address,
            boolean bankrupt,
            boolean underLiquidation,
            boolean underForcedLiquidation,
            @Nullable String parent) {}

    record SubUnit(
            String orgNumber,
            String name,
            boolean nonBusiness,
            Industry nace1,
            @Nullable Industry nace2,
            int employees,
            String registeredOn,
            boolean vatRegistered,
            String parent,
            @Nullable String startedOn,
            Address address) {}

    /** Each record is a root-level value; the separator and the raw brackets around them make the array. */
    static final JsonMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().rootValueSeparator(",\n").build())
            .build();

    private final OutputStream out;
    private final JsonGenerator json;

    BrregFileWriter(Path file) {
        try {
            this.out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan ikke skrive " + file, e);
        }
        this.json = JSON.createGenerator(out);
        json.writeRaw("[\n");
    }

    void write(LegalUnit unit) {
        json.writeStartObject();
        json.writeStringProperty("organisasjonsnummer", unit.orgNumber());
        json.writeStringProperty("navn", unit.name());
        code("organisasjonsform", unit.form().code, unit.form().description);
        industries(unit.nace1(), unit.nace2());
        employees(unit.employees());
        json.writeStringProperty("registreringsdatoEnhetsregisteret", unit.registeredOn());
        json.writeBooleanProperty("registrertIMvaregisteret", unit.vatRegistered());
        code("institusjonellSektorkode", unit.form().sectorCode, unit.form().sectorName);
        address("forretningsadresse", unit.address());
        json.writeBooleanProperty("konkurs", unit.bankrupt());
        json.writeBooleanProperty("underAvvikling", unit.underLiquidation());
        json.writeBooleanProperty("underTvangsavviklingEllerTvangsopplosning", unit.underForcedLiquidation());
        if (unit.parent() != null) {
            json.writeStringProperty("overordnetEnhet", unit.parent());
        }
        json.writeEndObject();
    }

    void write(SubUnit unit) {
        json.writeStartObject();
        json.writeStringProperty("organisasjonsnummer", unit.orgNumber());
        json.writeStringProperty("navn", unit.name());
        if (unit.nonBusiness()) {
            code("organisasjonsform", LegalForm.NON_BUSINESS_SUB_UNIT, LegalForm.NON_BUSINESS_SUB_UNIT_NAME);
        } else {
            code("organisasjonsform", LegalForm.SUB_UNIT, LegalForm.SUB_UNIT_NAME);
        }
        industries(unit.nace1(), unit.nace2());
        employees(unit.employees());
        json.writeStringProperty("registreringsdatoEnhetsregisteret", unit.registeredOn());
        json.writeBooleanProperty("registrertIMvaregisteret", unit.vatRegistered());
        json.writeStringProperty("overordnetEnhet", unit.parent());
        if (unit.startedOn() != null) {
            json.writeStringProperty("oppstartsdato", unit.startedOn());
        }
        address("beliggenhetsadresse", unit.address());
        json.writeEndObject();
    }

    private void industries(Industry first, @Nullable Industry second) {
        code("naeringskode1", first.code(), first.description());
        if (second != null) {
            code("naeringskode2", second.code(), second.description());
        }
    }

    private void employees(int employees) {
        json.writeNumberProperty("antallAnsatte", employees);
        json.writeBooleanProperty("harRegistrertAntallAnsatte", employees > 0);
    }

    private void code(String field, String code, String description) {
        json.writeObjectPropertyStart(field);
        json.writeStringProperty("kode", code);
        json.writeStringProperty("beskrivelse", description);
        json.writeEndObject();
    }

    private void address(String field, Address address) {
        json.writeObjectPropertyStart(field);
        json.writeStringProperty("land", "Norge");
        json.writeStringProperty("landkode", "NO");
        json.writeStringProperty("postnummer", address.postalCode());
        json.writeStringProperty("poststed", address.postalPlace());
        json.writeArrayPropertyStart("adresse");
        for (String line : address.lines()) {
            json.writeString(line);
        }
        json.writeEndArray();
        json.writeStringProperty("kommune", address.municipality());
        json.writeStringProperty("kommunenummer", address.number());
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeRaw("\n]\n");
        json.close(); // closes the gzip stream too, which writes its trailer
    }
}
