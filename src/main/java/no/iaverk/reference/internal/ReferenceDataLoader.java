package no.iaverk.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.reference.Classification;
import no.iaverk.reference.MunicipalityResolver;
import no.iaverk.shared.Csv;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the reference tables in line with the files under {@code classpath:reference/} and builds the in-memory
 * {@link Classification} from the same files. Runs at every start; rows are upserted, so it is idempotent.
 */
@Component
class ReferenceDataLoader {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferenceDataLoader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public Classification load() {
        var municipalities = loadGeography();
        var changes = loadMunicipalityChanges();
        var successors = loadCountySuccession();
        loadNace("SN2007", csv("nace-sn2007.csv", ';'), "code", "name", "shortName");
        loadNace("SN2025", csv("nace-sn2025.csv", ','), "kode", "navn", "kort_navn");
        var sectors = loadSectors();
        var programmes = loadIndustryProgrammes();
        return new Classification(new MunicipalityResolver(municipalities, changes, successors), programmes, sectors);
    }

    private List<MunicipalityResolver.Municipality> loadGeography() {
        for (JsonNode county : jsonArray("counties.json")) {
            jdbc.sql("""
                    insert into county (number, name) values (:number, :name)
                    on conflict (number) do update set name = excluded.name
                    """)
                    .param("number", county.get("nummer").asString())
                    .param("name", county.get("navn").asString())
                    .update();
        }
        List<MunicipalityResolver.Municipality> municipalities = new ArrayList<>();
        for (JsonNode node : jsonArray("municipalities.json")) {
            var municipality = new MunicipalityResolver.Municipality(
                    node.get("nummer").asString(),
                    node.get("navn").asString(),
                    node.get("navnNorsk").asString());
            jdbc.sql("""
                    insert into municipality (number, name, name_norwegian, county_number)
                    values (:number, :name, :nameNorwegian, :county)
                    on conflict (number) do update set name = excluded.name,
                        name_norwegian = excluded.name_norwegian, county_number = excluded.county_number
                    """)
                    .param("number", municipality.number())
                    .param("name", municipality.name())
                    .param("nameNorwegian", municipality.nameNorwegian())
                    .param("county", municipality.county())
                    .update();
            municipalities.add(municipality);
        }
        return municipalities;
    }

    private Map<String, String> loadMunicipalityChanges() {
        Map<String, String> changes = new HashMap<>();
        for (var row : csv("municipality-changes.csv", ',')) {
            jdbc.sql("""
                    insert into municipality_change (old_number, old_name, new_number, changed_on)
                    values (:old, :name, :new, :on)
                    on conflict (old_number) do update set old_name = excluded.old_name,
                        new_number = excluded.new_number, changed_on = excluded.changed_on
                    """)
                    .param("old", row.get("old_number"))
                    .param("name", row.get("old_name"))
                    .param("new", row.get("new_number"))
                    .param("on", LocalDate.parse(row.get("changed_on")))
                    .update();
            changes.put(row.get("old_number"), row.get("new_number"));
        }
        return changes;
    }

    private Map<String, List<String>> loadCountySuccession() {
        Map<String, List<String>> successors = new HashMap<>();
        for (var row : csv("county-succession.csv", ',')) {
            jdbc.sql("""
                    insert into county_succession (old_number, old_name, new_number) values (:old, :name, :new)
                    on conflict (old_number, new_number) do update set old_name = excluded.old_name
                    """)
                    .param("old", row.get("old_number"))
                    .param("name", row.get("old_name"))
                    .param("new", row.get("new_number"))
                    .update();
            successors
                    .computeIfAbsent(row.get("old_number"), k -> new ArrayList<>())
                    .add(row.get("new_number"));
        }
        return successors;
    }

    private void loadNace(
            String standard, List<Map<String, String>> rows, String codeColumn, String nameColumn, String shortColumn) {
        for (var row : rows) {
            String code = row.get(codeColumn);
            jdbc.sql("""
                    insert into nace_code (standard, code, level, name, short_name)
                    values (:standard, :code, :level, :name, :shortName)
                    on conflict (standard, code) do update set level = excluded.level, name = excluded.name,
                        short_name = excluded.short_name
                    """)
                    .param("standard", standard)
                    .param("code", code)
                    .param("level", naceLevel(code))
                    .param("name", row.get(nameColumn))
                    .param("shortName", row.get(shortColumn))
                    .update();
        }
    }

    /** A (section) → 1, 01 → 2, 01.1 → 3, 01.11 → 4, 01.110 → 5. */
    static int naceLevel(String code) {
        return switch (code.length()) {
            case 1 -> 1;
            case 2 -> 2;
            case 4 -> 3;
            case 5 -> 4;
            default -> 5;
        };
    }

    private Map<String, Integer> loadSectors() {
        for (var row : csv("sectors.csv", ',')) {
            jdbc.sql("insert into sector (code, name) values (:code, :name)"
                            + " on conflict (code) do update set name = excluded.name")
                    .param("code", Integer.parseInt(row.get("code")))
                    .param("name", row.get("name"))
                    .update();
        }
        Map<String, Integer> sectors = new HashMap<>();
        for (var row : csv("institutional-sectors.csv", ',')) {
            int sector = Integer.parseInt(row.get("sector"));
            jdbc.sql("""
                    insert into institutional_sector (code, name, sector) values (:code, :name, :sector)
                    on conflict (code) do update set name = excluded.name, sector = excluded.sector
                    """)
                    .param("code", row.get("code"))
                    .param("name", row.get("name").isBlank() ? null : row.get("name"))
                    .param("sector", sector)
                    .update();
            sectors.put(row.get("code"), sector);
        }
        return sectors;
    }

    private Map<String, String> loadIndustryProgrammes() {
        for (var row : csv("industry-programmes.csv", ',')) {
            jdbc.sql("""
                    insert into industry_programme (code, name, sort_order) values (:code, :name, :sortOrder)
                    on conflict (code) do update set name = excluded.name, sort_order = excluded.sort_order
                    """)
                    .param("code", row.get("code"))
                    .param("name", row.get("name"))
                    .param("sortOrder", Integer.parseInt(row.get("sort_order")))
                    .update();
        }
        Map<String, String> byNace = new HashMap<>();
        for (var row : csv("industry-programme-nace.csv", ',')) {
            jdbc.sql("""
                    insert into industry_programme_nace (programme_code, nace_code, standard)
                    values (:programme, :nace, :standard)
                    on conflict (programme_code, nace_code) do update set standard = excluded.standard
                    """)
                    .param("programme", row.get("programme"))
                    .param("nace", row.get("nace_code"))
                    .param("standard", row.get("standard"))
                    .update();
            byNace.put(row.get("nace_code"), row.get("programme"));
        }
        return byNace;
    }

    private List<Map<String, String>> csv(String file, char delimiter) {
        try (InputStream in = new ClassPathResource("reference/" + file).getInputStream()) {
            return Csv.read(in, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException("Mangler referansefilen " + file, e);
        }
    }

    private Iterable<JsonNode> jsonArray(String file) {
        try (InputStream in = new ClassPathResource("reference/" + file).getInputStream()) {
            return json.readTree(in).values();
        } catch (IOException e) {
            throw new UncheckedIOException("Mangler referansefilen " + file, e);
        }
    }
}
