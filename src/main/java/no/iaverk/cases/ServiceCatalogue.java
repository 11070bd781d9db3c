package no.iaverk.cases;

import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaboration.PlanItem;
import no.iaverk.cases.Collaboration.PlanStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The catalogue of IA services plans are made of, held as data: themes, each followed by its sub-themes. */
@Service
public class ServiceCatalogue {

    /** A theme (no theme code) or a sub-theme of one. */
    public record IaService(String code, @Nullable String themeCode, String name) {}

    private final JdbcClient jdbc;
    private volatile @Nullable List<IaService> services;

    ServiceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active services, each theme followed by its sub-themes. */
    public List<IaService> services() {
        List<IaService> loaded = services;
        if (loaded == null) {
            loaded = jdbc.sql("""
                    select s.code, s.theme_code, s.name from ia_service s
                    left join ia_service t on t.code = s.theme_code
                    where s.active order by coalesce(t.sort_order, s.sort_order), s.theme_code nulls first, s.sort_order
                    """)
                    .query((rs, row) ->
                            new IaService(rs.getString("code"), rs.getString("theme_code"), rs.getString("name")))
                    .list();
            services = loaded;
        }
        return loaded;
    }

    boolean exists(String code) {
        return services().stream().anyMatch(service -> service.code().equals(code));
    }

    /** A plan over the whole catalogue: the chosen items as chosen, the rest not included. */
    List<PlanItem> plan(Map<String, PlanItem> chosen) {
        return services().stream()
                .map(service -> {
                    PlanItem item = chosen.get(service.code());
                    return item == null
                            ? new PlanItem(
                                    service.code(),
                                    service.themeCode(),
                                    service.name(),
                                    false,
                                    null,
                                    null,
                                    PlanStatus.PLANNED)
                            : new PlanItem(
                                    service.code(),
                                    service.themeCode(),
                                    service.name(),
                                    item.included(),
                                    item.startDate(),
                                    item.endDate(),
                                    item.status());
                })
                .toList();
    }
}
