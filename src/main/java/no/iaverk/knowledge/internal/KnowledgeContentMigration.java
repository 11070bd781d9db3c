package no.iaverk.knowledge.internal;

import java.util.List;
import no.iaverk.knowledge.ContentFile;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * The repeatable migration {@code R__knowledge_content}: loads the shipped library content through
 * {@link ContentStore}, the same code an admin's load uses. Its checksum is the content files', so Flyway runs it
 * again exactly when a new version of the content ships. Spring Boot hands {@code JavaMigration} beans to Flyway; the
 * bean uses Flyway's own connection and nothing else from the context (the context's database beans wait for Flyway).
 */
@Component
public class KnowledgeContentMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeContentMigration.class);

    private final List<ContentFile> files = ShippedContent.files();

    @Override
    public @Nullable MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "knowledge content";
    }

    @Override
    public Integer getChecksum() {
        return ShippedContent.checksum(files);
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        var report = new ContentStore(jdbc, ShippedContent.programmeCodes()).load(files);
        log.info(
                "Knowledge content loaded from {} files: {} inserted, {} updated, {} unchanged, {} deleted, {} conflicts",
                files.size(),
                report.inserted(),
                report.updated(),
                report.unchanged(),
                report.deleted(),
                report.conflicts().size());
    }
}
