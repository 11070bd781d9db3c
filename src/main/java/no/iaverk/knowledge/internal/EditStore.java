package no.iaverk.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.iaverk.knowledge.ContentConflict;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.KnowledgeEdit;
import no.iaverk.knowledge.KnowledgeRevision;
import no.iaverk.knowledge.KnowledgeSource;
import no.iaverk.knowledge.KnowledgeType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of editing: an item's editable fields, their writes and history, and the shipped versions in conflict. */
@Repository
public class EditStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Set<String> programmeCodes = ShippedContent.programmeCodes();

    EditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item's editable fields as stored, its revision and where it was shipped from. */
    public record Current(
            String id,
            KnowledgeType type,
            String shippedIn,
            int revision,
            String title,
            KnowledgeEdit edit,
            Map<String, @Nullable Object> values) {}

    /** A shipped version waiting for a decision (the newest of the item's), and how many older ones it replaces. */
    public record Conflict(String itemId, String hash, String json, Instant detectedAt, int olderVersions) {}

    /** The item's fields; {@code lock} takes the row until the transaction ends, so two saves cannot both win. */
    public Optional<Current> current(String id, boolean lock) {
        return jdbc.sql("select * from knowledge_item where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query((rs, row) -> current(rs))
                .optional();
    }

    private static Current current(ResultSet rs) throws SQLException {
        var revised = rs.getDate("revised_on");
        var edit = new KnowledgeEdit(
                rs.getInt("revision"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                rs.getString("scope"),
                strings(rs, "industry_programmes"),
                rs.getString("industry"),
                rs.getString("target_group"),
                strings(rs, "themes"),
                rs.getString("source_kind"),
                rs.getString("evidence"),
                new KnowledgeSource(rs.getString("source_file"), rs.getString("source_lines")),
                strings(rs, "related"),
                EditRules.plain(rs.getString("attributes")),
                revised == null ? null : revised.toLocalDate().toString());
        return new Current(
                rs.getString("id"),
                KnowledgeType.valueOf(rs.getString("type")),
                rs.getString("shipped_in"),
                rs.getInt("revision"),
                rs.getString("title"),
                edit,
                // Through the same rules as an edit, so a save of the values as shown changes nothing.
                EditRules.values(edit));
    }

    /** Writes an admin's values as the item's next revision and marks it edited, so shipped versions keep off it. */
    public void write(String id, Map<String, @Nullable Object> values, int revision) {
        @SuppressWarnings("unchecked")
        var source = (Map<String, Object>) values.get("source");
        jdbc.sql("""
                        update knowledge_item set title = :title, summary = :summary, body = :body, scope = :scope,
                            industry_programmes = :programmes, industry = :industry, target_group = :targetGroup,
                            themes = :themes, source_kind = :sourceKind, evidence = :evidence,
                            source_file = :sourceFile, source_lines = :sourceLines, related = :related,
                            attributes = cast(:attributes as jsonb), revised_on = cast(:revisedOn as date),
                            revision = :revision, edited_by_admin = true
                        where id = :id
                        """)
                .param("id", id)
                .param("title", values.get("title"))
                .param("summary", values.get("summary"))
                .param("body", values.get("body"))
                .param("scope", values.get("scope"))
                .param("programmes", array(values.get("industryProgrammes")))
                .param("industry", values.get("industry"))
                .param("targetGroup", values.get("targetGroup"))
                .param("themes", array(values.get("themes")))
                .param("sourceKind", values.get("sourceKind"))
                .param("evidence", values.get("evidence"))
                .param("sourceFile", source.get("file"))
                .param("sourceLines", source.get("lines"))
                .param("related", array(values.get("related")))
                .param("attributes", JSON.writeValueAsString(values.get("attributes")))
                .param("revisedOn", values.get("revisedOn"))
                .param("revision", revision)
                .update();
    }

    public void addRevision(
            String id,
            int revision,
            String username,
            String name,
            KnowledgeRevision.Kind kind,
            List<KnowledgeRevision.Change> changes) {
        jdbc.sql("""
                        insert into knowledge_revision (item_id, revision, revised_by, revised_by_name, kind, changes)
                        values (:id, :revision, :username, :name, :kind, cast(:changes as jsonb))
                        """)
                .param("id", id)
                .param("revision", revision)
                .param("username", username)
                .param("name", name)
                .param("kind", kind.name())
                .param("changes", JSON.writeValueAsString(changes))
                .update();
    }

    /** The item's history, newest first. */
    public List<KnowledgeRevision> revisions(String id) {
        return jdbc.sql("""
                        select revision, revised_at, revised_by, revised_by_name, kind, changes
                        from knowledge_revision where item_id = :id order by revision desc
                        """)
                .param("id", id)
                .query((rs, row) -> new KnowledgeRevision(
                        rs.getInt("revision"),
                        rs.getTimestamp("revised_at").toInstant(),
                        rs.getString("revised_by"),
                        rs.getString("revised_by_name"),
                        KnowledgeRevision.Kind.valueOf(rs.getString("kind")),
                        JSON.readValue(
                                rs.getString("changes"), new TypeReference<List<KnowledgeRevision.Change>>() {})))
                .list();
    }

    /** Per item, the newest shipped version no admin has decided on; items in id order. */
    public List<Conflict> conflicts(@Nullable String itemId) {
        return jdbc.sql("""
                        select distinct on (item_id) item_id, shipped_hash, shipped_json::text as json, detected_at,
                               count(*) over (partition by item_id) - 1 as older
                        from knowledge_content_conflict
                        where resolved_at is null and (cast(:id as text) is null or item_id = :id)
                        order by item_id, detected_at desc, shipped_hash
                        """)
                .param("id", itemId)
                .query((rs, row) -> new Conflict(
                        rs.getString("item_id"),
                        rs.getString("shipped_hash"),
                        rs.getString("json"),
                        rs.getTimestamp("detected_at").toInstant(),
                        rs.getInt("older")))
                .list();
    }

    /** Decides every open shipped version of the item; they stay as rows, so none of them comes back. */
    public void resolve(String itemId, ContentConflict.Keep keep, String username) {
        jdbc.sql("""
                        update knowledge_content_conflict
                        set resolved_at = now(), resolved_by = :username, resolution = :keep
                        where item_id = :id and resolved_at is null
                        """)
                .param("id", itemId)
                .param("username", username)
                .param("keep", keep.name())
                .update();
    }

    /** After the shipped version was taken: the item is that version again, so later versions update it. */
    public void backToShipped(String itemId, String hash) {
        jdbc.sql("update knowledge_item set content_hash = :hash, edited_by_admin = false where id = :id")
                .param("id", itemId)
                .param("hash", hash)
                .update();
    }

    /** A shipped version as an edit, read and checked by the same parser as the content files. */
    public KnowledgeEdit shippedEdit(Current item, Conflict conflict) {
        String file = "[" + conflict.json() + "]";
        ShippedItem shipped = new ContentParser(programmeCodes)
                .parse(List.of(new ContentFile(item.shippedIn(), item.type(), file.getBytes(StandardCharsets.UTF_8))))
                .get(0);
        return new KnowledgeEdit(
                item.revision(),
                shipped.title(),
                shipped.summary(),
                shipped.body(),
                shipped.scope(),
                List.copyOf(shipped.industryProgrammes()),
                shipped.industry(),
                shipped.targetGroup(),
                List.copyOf(shipped.themes()),
                shipped.sourceKind(),
                shipped.evidence(),
                new KnowledgeSource(shipped.sourceFile(), shipped.sourceLines()),
                List.copyOf(shipped.related()),
                EditRules.plain(shipped.attributesJson()),
                shipped.revisedOn() == null ? null : shipped.revisedOn().toString());
    }

    public Set<String> programmeCodes() {
        return programmeCodes;
    }

    @SuppressWarnings("unchecked")
    private static String[] array(@Nullable Object list) {
        return list == null ? new String[0] : ((List<String>) list).toArray(String[]::new);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
