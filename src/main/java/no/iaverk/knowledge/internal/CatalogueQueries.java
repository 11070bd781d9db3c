package no.iaverk.knowledge.internal;

import java.util.List;
import no.iaverk.knowledge.ServiceCatalogue.IaService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the catalogue. */
@Repository
public class CatalogueQueries {

    private final JdbcClient jdbc;

    CatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active services, each theme followed by its sub-themes, in the catalogue's order. */
    public List<IaService> activeServices() {
        return jdbc.sql("""
                select s.code, s.theme_code, s.name from ia_service s
                left join ia_service t on t.code = s.theme_code
                where s.active order by coalesce(t.sort_order, s.sort_order), s.theme_code nulls first, s.sort_order
                """)
                .query((rs, row) ->
                        new IaService(rs.getString("code"), rs.getString("theme_code"), rs.getString("name")))
                .list();
    }
}
