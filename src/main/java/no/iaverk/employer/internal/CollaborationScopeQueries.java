package no.iaverk.employer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which collaborations concern the enterprises an employer represents, over cases' published views: those of a case
 * about one of them, and those covering one of them as a unit. The collaborations themselves are read through cases'
 * Java API.
 */
@Repository
public class CollaborationScopeQueries {

    /** A collaboration in scope, with its case and the name of the case's enterprise. */
    public record InScope(long collaborationId, long caseId, String orgNumber, String enterpriseName) {}

    private static final String IN_SCOPE = """
            select c.collaboration_id, c.case_id, c.org_number, coalesce(e.name, c.org_number) as enterprise_name
            from case_collaboration c
            left join register_enterprise e on e.org_number = c.org_number
            where (c.org_number = any(:orgs)
                   or exists (select 1 from case_collaboration_unit u
                              where u.collaboration_id = c.collaboration_id and u.org_number = any(:orgs)))
            """;

    private final JdbcClient jdbc;

    CollaborationScopeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<InScope> inScope(Collection<String> orgNumbers) {
        return jdbc.sql(IN_SCOPE + " order by c.start_on desc, c.collaboration_id desc")
                .param("orgs", orgNumbers.toArray(String[]::new))
                .query(InScope.class)
                .list();
    }

    public Optional<InScope> inScope(long collaborationId, Collection<String> orgNumbers) {
        return jdbc.sql(IN_SCOPE + " and c.collaboration_id = :id")
                .param("orgs", orgNumbers.toArray(String[]::new))
                .param("id", collaborationId)
                .query(InScope.class)
                .optional();
    }

    public boolean exists(long collaborationId) {
        return jdbc.sql("select exists (select 1 from case_collaboration where collaboration_id = :id)")
                .param("id", collaborationId)
                .query(Boolean.class)
                .single();
    }
}
