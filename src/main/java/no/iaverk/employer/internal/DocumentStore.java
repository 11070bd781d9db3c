package no.iaverk.employer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.iaverk.employer.DocumentType;
import no.iaverk.employer.EmployerDocument;
import no.iaverk.employer.PublishedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of published documents. Rows are only ever inserted: a trigger refuses UPDATE and DELETE. */
@Repository
public class DocumentStore {

    /** A document to insert; its version is the next of its collaboration and type. */
    public record NewDocument(
            long caseId,
            long collaborationId,
            String orgNumber,
            String enterpriseOrgNumber,
            DocumentType type,
            @Nullable Long surveyId,
            String dataJson,
            byte[] pdf,
            String publishedBy,
            String publishedByName,
            Instant publishedAt) {}

    /** A stored PDF with what the download needs to check and name it. */
    public record StoredPdf(long id, String orgNumber, DocumentType type, int version, byte[] pdf) {}

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next version of the collaboration's documents of a type, holding a transaction lock on that pair so two
     * advisers publishing at once get consecutive versions.
     */
    public int nextVersion(long collaborationId, DocumentType type) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('employer_document'), hashtext(:key))")
                .param("key", collaborationId + "/" + type.name())
                .query(rs -> {});
        return jdbc.sql("""
                select coalesce(max(version), 0) + 1 from employer_document
                where collaboration_id = :collaboration and type = :type
                """)
                .param("collaboration", collaborationId)
                .param("type", type.name())
                .query(Integer.class)
                .single();
    }

    public long insert(NewDocument document, int version) {
        return jdbc.sql("""
                insert into employer_document (case_id, collaboration_id, org_number, enterprise_org_number, type,
                    survey_id, version, data, pdf, published_by, published_by_name, published_at)
                values (:caseId, :collaborationId, :org, :enterprise, :type, :surveyId, :version, cast(:data as jsonb),
                    :pdf, :by, :byName, :at)
                returning id
                """)
                .param("caseId", document.caseId())
                .param("collaborationId", document.collaborationId())
                .param("org", document.orgNumber())
                .param("enterprise", document.enterpriseOrgNumber())
                .param("type", document.type().name())
                .param("surveyId", document.surveyId())
                .param("version", version)
                .param("data", document.dataJson())
                .param("pdf", document.pdf())
                .param("by", document.publishedBy())
                .param("byName", document.publishedByName())
                .param("at", Timestamp.from(document.publishedAt()))
                .query(Long.class)
                .single();
    }

    /** A collaboration's documents, newest first, with whether and when the enterprise opened them. */
    public List<PublishedDocument> forCollaboration(long collaborationId) {
        return jdbc.sql("""
                select d.id, d.case_id, d.collaboration_id, d.org_number, d.type, d.survey_id, d.version,
                       d.published_by, d.published_by_name, d.published_at,
                       count(o.opened_at) as times_opened, min(o.opened_at) as first_opened,
                       max(o.opened_at) as last_opened
                from employer_document d
                left join employer_document_opened o on o.document_id = d.id
                where d.collaboration_id = :collaboration
                group by d.id
                order by d.published_at desc, d.id desc
                """)
                .param("collaboration", collaborationId)
                .query(DocumentStore::published)
                .list();
    }

    /** The documents about any of the legal units, newest first. */
    public List<EmployerDocument> forOrgNumbers(Collection<String> orgNumbers) {
        return jdbc.sql("""
                select id, type, collaboration_id, version, published_at,
                       data ->> 'collaborationName' as collaboration_name
                from employer_document
                where org_number = any(:orgs)
                order by published_at desc, id desc
                """)
                .param("orgs", orgNumbers.toArray(String[]::new))
                .query((rs, row) -> new EmployerDocument(
                        rs.getLong("id"),
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getLong("collaboration_id"),
                        rs.getInt("version"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("collaboration_name")))
                .list();
    }

    public Optional<StoredPdf> pdf(long id) {
        return jdbc.sql("select id, org_number, type, version, pdf from employer_document where id = :id")
                .param("id", id)
                .query((rs, row) -> new StoredPdf(
                        rs.getLong("id"),
                        rs.getString("org_number"),
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getInt("version"),
                        rs.getBytes("pdf")))
                .optional();
    }

    public Optional<Long> collaborationOf(long id) {
        return jdbc.sql("select collaboration_id from employer_document where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public void recordOpened(long id, String openedBy, Instant at) {
        jdbc.sql("insert into employer_document_opened (document_id, opened_by, opened_at) values (:id, :by, :at)")
                .param("id", id)
                .param("by", openedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The legal unit the employer represents for a case's enterprise: the enterprise itself, or its legal unit. */
    public String legalUnitOf(String orgNumber) {
        return jdbc.sql("""
                select coalesce(case when sub_unit then parent_org_number end, org_number)
                from register_enterprise where org_number = :org
                """)
                .param("org", orgNumber)
                .query(String.class)
                .optional()
                .orElse(orgNumber);
    }

    private static PublishedDocument published(ResultSet rs, int row) throws SQLException {
        Long survey = rs.getObject("survey_id", Long.class);
        Timestamp first = rs.getTimestamp("first_opened");
        Timestamp last = rs.getTimestamp("last_opened");
        return new PublishedDocument(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getLong("collaboration_id"),
                rs.getString("org_number"),
                DocumentType.valueOf(rs.getString("type")),
                survey,
                rs.getInt("version"),
                rs.getString("published_by"),
                rs.getString("published_by_name"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getInt("times_opened"),
                first == null ? null : first.toInstant(),
                last == null ? null : last.toInstant());
    }
}
