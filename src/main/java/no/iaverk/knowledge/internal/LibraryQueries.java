package no.iaverk.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeHit;
import no.iaverk.knowledge.KnowledgeItem;
import no.iaverk.knowledge.KnowledgeQuery;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeSearchResult;
import no.iaverk.knowledge.KnowledgeSource;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.RevisionDue;
import no.iaverk.knowledge.SourceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's search. An item matches the text when the Norwegian full-text query matches (stems, so «gravide» and
 * «gravid» meet; {@code knowledge_normalise} joins spelling variants such as «sykemeldt»/«sykmeldt» on both sides), or
 * when the text is close to words of its title or summary by trigram word similarity (misspellings such as
 * «barnehge»). Full-text matches rank first by {@code ts_rank}, then the near misses by similarity. Facets count the
 * matches per value with every filter except the facet's own applied.
 */
@Repository
public class LibraryQueries {

    /** How close a misspelt query must come to a title's or summary's words (pg_trgm word_similarity, 0–1). */
    static final double SIMILARITY = 0.5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // The matches of the text alone; every filter and facet works on this set. The conditions name the query's
    // values directly (not through a joined row) so that the GIN indexes on search and near_text serve them.
    private static final String MATCHED = """
            with matched as materialized (
                select i.id, i.type, i.title, i.summary, i.source_file, i.source_lines, i.scope, i.evidence,
                       i.source_kind, i.industry_programmes, i.themes, i.revised_on, %s
                from knowledge_item i
                where %s
            )
            """;

    private static final String TEXT_MATCHES = """
            (i.search @@ websearch_to_tsquery('norwegian', knowledge_normalise(:text))
             or knowledge_normalise(:text) <% i.near_text)""";

    private static final String SCORES = """
            i.search @@ websearch_to_tsquery('norwegian', knowledge_normalise(:text)) as exact,
            ts_rank(i.search, websearch_to_tsquery('norwegian', knowledge_normalise(:text))) as rank,
            word_similarity(knowledge_normalise(:text), i.near_text) as similarity""";

    // Without text every item matches and the list is in title order.
    private static final String NO_SCORES = "true as exact, 0 as rank, 0 as similarity";

    private final JdbcClient jdbc;
    private final Clock clock;

    LibraryQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public KnowledgeSearchResult search(KnowledgeQuery query) {
        String text = query.text().strip();
        // <% compares with this setting; local to the search's transaction.
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :similarity, true)")
                .param("similarity", String.valueOf(SIMILARITY))
                .query(String.class)
                .single();
        String matched =
                text.isEmpty() ? MATCHED.formatted(NO_SCORES, "true") : MATCHED.formatted(SCORES, TEXT_MATCHES);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("text", text);
        params.put("type", query.type() == null ? null : query.type().name());
        params.put("programme", query.industryProgramme());
        params.put("scope", query.scope() == null ? null : query.scope().name());
        params.put("theme", query.theme());
        params.put(
                "evidence", query.evidence() == null ? null : query.evidence().name());
        params.put(
                "sourceKind",
                query.sourceKind() == null ? null : query.sourceKind().name());
        LocalDate today = LocalDate.now(clock);
        params.put("cutoff", RevisionDue.cutoff(today));
        params.put("limit", KnowledgeQuery.PAGE_SIZE);
        params.put("offset", (query.page() - 1) * KnowledgeQuery.PAGE_SIZE);

        // One statement for the page of hits and the facets: the matches are computed once.
        String sql = matched + ", hits as (select id, type, title, summary, source_file, source_lines, revised_on,"
                + " row_number() over (order by exact desc, rank desc, similarity desc, title, id) as position"
                + " from matched where " + filters(query, null)
                + " order by position limit :limit offset :offset)\n"
                + "select null as facet, null as value, 0 as n, id, type, title, summary, source_file, source_lines,"
                + " revised_on, position from hits\nunion all\n"
                + facetSelects(query)
                + "\norder by facet nulls first, position, n desc, value";
        List<KnowledgeHit> hits = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        KnowledgeSearchResult.FACETS.forEach(facet -> facets.put(facet, new LinkedHashMap<>()));
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            String facet = rs.getString("facet");
            if (facet == null) {
                var revised = rs.getDate("revised_on");
                LocalDate revisedOn = revised == null ? null : revised.toLocalDate();
                hits.add(new KnowledgeHit(
                        rs.getString("id"),
                        KnowledgeType.valueOf(rs.getString("type")),
                        rs.getString("title"),
                        rs.getString("summary"),
                        new KnowledgeSource(rs.getString("source_file"), rs.getString("source_lines")),
                        revisedOn,
                        RevisionDue.overdue(revisedOn, today)));
            } else {
                facets.get(facet).put(rs.getString("value"), rs.getLong("n"));
            }
        });
        // Every item has a type, so the type facet (which leaves out the type filter) holds the total.
        Map<String, Long> types = facets.get("type");
        long total = query.type() == null
                ? types.values().stream().mapToLong(Long::longValue).sum()
                : types.getOrDefault(query.type().name(), 0L);
        return new KnowledgeSearchResult(text, total, query.page(), hits, facets);
    }

    /** Per facet, the matches per value with every filter but the facet's own, in the hits' columns. */
    private static String facetSelects(KnowledgeQuery query) {
        Map<String, String> valueOf = Map.of(
                "type", "type",
                "industryProgramme", "unnest(industry_programmes)",
                "scope", "scope",
                "theme", "unnest(themes)",
                "evidence", "evidence",
                "sourceKind", "source_kind");
        List<String> selects = new ArrayList<>();
        for (String facet : KnowledgeSearchResult.FACETS) {
            selects.add(("select '%s', v, count(*), null, null, null, null, null, null, null, null"
                            + " from (select %s as v from matched where %s) f where v is not null group by v")
                    .formatted(facet, valueOf.get(facet), filters(query, facet)));
        }
        return String.join("\nunion all\n", selects);
    }

    /** The filters of the query as a condition, leaving out the one of {@code except} (a facet's own). */
    private static String filters(KnowledgeQuery query, @Nullable String except) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (query.type() != null && !"type".equals(except)) {
            conditions.add("type = :type");
        }
        if (query.industryProgramme() != null && !"industryProgramme".equals(except)) {
            conditions.add(":programme = any(industry_programmes)");
        }
        if (query.scope() != null && !"scope".equals(except)) {
            conditions.add("scope = :scope");
        }
        if (query.theme() != null && !"theme".equals(except)) {
            conditions.add("exists (select 1 from unnest(themes) t where lower(t) = lower(:theme))");
        }
        if (query.evidence() != null && !"evidence".equals(except)) {
            conditions.add("evidence = :evidence");
        }
        if (query.sourceKind() != null && !"sourceKind".equals(except)) {
            conditions.add("source_kind = :sourceKind");
        }
        if (query.revision() == KnowledgeQuery.Revision.OVERDUE) {
            conditions.add("(revised_on is null or revised_on < :cutoff)");
        }
        return String.join(" and ", conditions);
    }

    public Optional<KnowledgeItem> item(String id) {
        return jdbc.sql("""
                        select i.*, coalesce((
                            select jsonb_agg(jsonb_build_array(r.id, r.type, r.title) order by ord)
                            from unnest(i.related) with ordinality as rel(id, ord)
                            join knowledge_item r on r.id = rel.id), '[]') as related_items
                        from knowledge_item i where i.id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> item(rs, LocalDate.now(clock)))
                .optional();
    }

    private static KnowledgeItem item(ResultSet rs, LocalDate today) throws SQLException {
        List<List<String>> related = JSON.readValue(rs.getString("related_items"), new TypeReference<>() {});
        Map<String, Object> attributes = JSON.readValue(rs.getString("attributes"), new TypeReference<>() {});
        String scope = rs.getString("scope");
        String evidence = rs.getString("evidence");
        var revised = rs.getDate("revised_on");
        return new KnowledgeItem(
                rs.getString("id"),
                KnowledgeType.valueOf(rs.getString("type")),
                rs.getString("key"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                scope == null ? null : KnowledgeScope.valueOf(scope),
                strings(rs.getArray("industry_programmes")),
                rs.getString("industry"),
                rs.getString("target_group"),
                strings(rs.getArray("themes")),
                SourceKind.valueOf(rs.getString("source_kind")),
                evidence == null ? null : EvidenceStrength.valueOf(evidence),
                new KnowledgeSource(rs.getString("source_file"), rs.getString("source_lines")),
                attributes,
                related.stream()
                        .map(r -> new KnowledgeItem.Related(r.get(0), KnowledgeType.valueOf(r.get(1)), r.get(2)))
                        .toList(),
                revised == null ? null : revised.toLocalDate(),
                rs.getInt("revision"),
                RevisionDue.overdue(revised == null ? null : revised.toLocalDate(), today));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
