package no.iaverk.reference;

import java.util.List;
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

    public List<IndustryProgramme> industryProgrammes() {
        return jdbc.sql("select code, name from industry_programme order by sort_order")
                .query(IndustryProgramme.class)
                .list();
    }

    public boolean industryProgrammeExists(String code) {
        return industryProgrammes().stream()
                .anyMatch(programme -> programme.code().equals(code));
    }
}
