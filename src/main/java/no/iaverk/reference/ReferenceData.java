package no.iaverk.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of reference data for pages, filters and validation. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    public record County(String number, String name) {}

    public record IndustryProgramme(String code, String name) {}

    private final JdbcClient jdbc;

    /** Taking the classification makes sure the reference tables are loaded before anyone reads them. */
    ReferenceData(JdbcClient jdbc, Classification loaded) {
        this.jdbc = jdbc;
    }

    public List<County> counties() {
        return jdbc.sql("select number, name from county order by number")
                .query(County.class)
                .list();
    }

    /** A municipality of today: its official name (Sami where that is the official one) and its Norwegian name. */
    public record Municipality(String number, String name, String nameNorwegian, String countyNumber) {}

    public List<Municipality> municipalities() {
        return jdbc.sql("select number, name, name_norwegian, county_number from municipality order by number")
                .query(Municipality.class)
                .list();
    }

    public List<IndustryProgramme> industryProgrammes() {
        return jdbc.sql("select code, name from industry_programme order by sort_order")
                .query(IndustryProgramme.class)
                .list();
    }

    public record Sector(int code, String name) {}

    public List<Sector> sectors() {
        return jdbc.sql("select code, name from sector order by code")
                .query(Sector.class)
                .list();
    }

    /** The name of a NACE code or 2-digit industry: SN2007's where the code exists there, else SN2025's. */
    public Optional<String> naceName(String code) {
        return jdbc.sql("select name from nace_code where code = :code order by standard limit 1")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    /** Names of the 2-digit industries, by code (SN2007's where the code exists there, else SN2025's). */
    public Map<String, String> industryNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name from nace_code where level = 2 order by standard desc")
                .query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
                .list();
        return names;
    }

    public boolean industryProgrammeExists(String code) {
        return industryProgrammes().stream()
                .anyMatch(programme -> programme.code().equals(code));
    }
}
