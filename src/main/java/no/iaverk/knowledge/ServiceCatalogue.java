package no.iaverk.knowledge;

import java.util.List;
import no.iaverk.knowledge.internal.CatalogueQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The catalogue of IA services plans are made of, held as data: themes, each followed by its sub-themes. */
@Service
public class ServiceCatalogue {

    /** A theme (no theme code) or a sub-theme of one. */
    public record IaService(String code, @Nullable String themeCode, String name) {}

    private final CatalogueQueries queries;
    // The catalogue changes only with a migration, so it is read once.
    private volatile @Nullable List<IaService> services;

    ServiceCatalogue(CatalogueQueries queries) {
        this.queries = queries;
    }

    /** The active services, each theme followed by its sub-themes. */
    public List<IaService> services() {
        List<IaService> loaded = services;
        if (loaded == null) {
            loaded = queries.activeServices();
            services = loaded;
        }
        return loaded;
    }

    /** Whether the code names an active service of the catalogue. */
    public boolean exists(String code) {
        return services().stream().anyMatch(service -> service.code().equals(code));
    }
}
