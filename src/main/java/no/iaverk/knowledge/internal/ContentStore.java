package no.iaverk.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.ContentLoadReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes shipped content into the library. The database is the truth once loaded: an item is written only when its
 * shipped JSON changed since the last load (its hash), never when an admin has edited it (then the shipped version is
 * kept as a conflict to resolve), and an item that is no longer shipped is deleted only when nobody edited it.
 * Deletion is limited to the files being loaded, so loading one file never touches the items of another.
 */
public final class ContentStore {

    private final JdbcClient jdbc;
    private final ContentParser parser;

    public ContentStore(JdbcClient jdbc, Set<String> programmeCodes) {
        this.jdbc = jdbc;
        this.parser = new ContentParser(programmeCodes);
    }

    public ContentLoadReport load(List<ContentFile> files) {
        List<ShippedItem> items = parser.parse(files);
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> conflicts = new ArrayList<>();
        for (ShippedItem item : items) {
            var current = jdbc.sql("select content_hash, edited_by_admin from knowledge_item where id = :id for update")
                    .param("id", item.id())
                    .query((rs, row) -> new Current(rs.getString(1), rs.getBoolean(2)))
                    .optional();
            if (current.isEmpty()) {
                write(INSERT, item);
                inserted++;
            } else if (current.get().hash().equals(item.hash())) {
                unchanged++;
            } else if (current.get().edited()) {
                jdbc.sql("""
                                insert into knowledge_content_conflict (item_id, shipped_hash, shipped_json)
                                values (:id, :hash, cast(:json as jsonb))
                                on conflict do nothing
                                """)
                        .param("id", item.id())
                        .param("hash", item.hash())
                        .param("json", item.json())
                        .update();
                // A shipped version an admin has already decided on is not a conflict again.
                if (unresolved(item)) {
                    conflicts.add(item.id());
                } else {
                    unchanged++;
                }
            } else {
                write(UPDATE, item);
                updated++;
            }
        }
        Set<String> fileNames = new TreeSet<>();
        files.forEach(file -> fileNames.add(file.name()));
        int deleted = fileNames.isEmpty()
                ? 0
                : jdbc.sql("""
                                delete from knowledge_item
                                where shipped_in in (:files) and not edited_by_admin and not (id = any(:ids))
                                """)
                        .param("files", fileNames)
                        .param("ids", items.stream().map(ShippedItem::id).toArray(String[]::new))
                        .update();
        return new ContentLoadReport(inserted, updated, unchanged, deleted, List.copyOf(conflicts));
    }

    private boolean unresolved(ShippedItem item) {
        return jdbc.sql("""
                        select exists (select 1 from knowledge_content_conflict
                                       where item_id = :id and shipped_hash = :hash and resolved_at is null)
                        """)
                .param("id", item.id())
                .param("hash", item.hash())
                .query(Boolean.class)
                .single();
    }

    /** The item ids with a shipped version waiting for an admin's decision. */
    public List<String> conflicts() {
        return jdbc.sql(
                        "select distinct item_id from knowledge_content_conflict where resolved_at is null order by item_id")
                .query(String.class)
                .list();
    }

    private record Current(String hash, boolean edited) {}

    private static final String INSERT = """
            insert into knowledge_item (id, type, key, title, summary, body, scope, industry_programmes, industry,
                target_group, themes, source_kind, evidence, source_file, source_lines, related, attributes,
                revised_on, shipped_in, content_hash)
            values (:id, :type, :key, :title, :summary, :body, :scope, :programmes, :industry,
                :targetGroup, :themes, :sourceKind, :evidence, :sourceFile, :sourceLines, :related,
                cast(:attributes as jsonb), :revisedOn, :file, :hash)
            """;

    private static final String UPDATE = """
            update knowledge_item set title = :title, summary = :summary, body = :body, scope = :scope,
                industry_programmes = :programmes, industry = :industry, target_group = :targetGroup,
                themes = :themes, source_kind = :sourceKind, evidence = :evidence, source_file = :sourceFile,
                source_lines = :sourceLines, related = :related, attributes = cast(:attributes as jsonb),
                revised_on = :revisedOn, shipped_in = :file, content_hash = :hash, loaded_at = now(),
                revision = revision + 1
            where id = :id and not edited_by_admin
            """;

    private void write(String sql, ShippedItem item) {
        jdbc.sql(sql)
                .param("id", item.id())
                .param("type", item.type().name())
                .param("key", item.key())
                .param("title", item.title())
                .param("summary", item.summary())
                .param("body", item.body())
                .param("scope", item.scope())
                .param("programmes", item.industryProgrammes().toArray(String[]::new))
                .param("industry", item.industry())
                .param("targetGroup", item.targetGroup())
                .param("themes", item.themes().toArray(String[]::new))
                .param("sourceKind", item.sourceKind())
                .param("evidence", item.evidence())
                .param("sourceFile", item.sourceFile())
                .param("sourceLines", item.sourceLines())
                .param("related", item.related().toArray(String[]::new))
                .param("attributes", item.attributesJson())
                .param("revisedOn", item.revisedOn())
                .param("file", item.file())
                .param("hash", item.hash())
                .update();
    }
}
