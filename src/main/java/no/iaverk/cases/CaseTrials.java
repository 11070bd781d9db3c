package no.iaverk.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trials a case is linked to ({@code case_trial}; the first collaboration after the link takes the arm), and the
 * running trials randomised before contact that an enterprise's legal unit is allocated in, read from the trials'
 * published view {@code trial_outreach}: cases never call the trials module, which depends on cases.
 */
@Component
class CaseTrials {

    private final JdbcClient jdbc;

    CaseTrials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The allocations of the enterprise's legal unit (itself, or the one it is a sub-unit of), oldest trial first. */
    List<BeforeContactTrial> beforeContact(String orgNumber) {
        return jdbc.sql("""
                select distinct o.trial_id, o.trial_name, o.arm_code, o.outreach
                from trial_outreach o
                where o.legal_unit = (select coalesce(r.parent_org_number, r.org_number)
                                      from register_enterprise r where r.org_number = :org)
                order by o.trial_id
                """)
                .param("org", orgNumber)
                .query((rs, row) -> new BeforeContactTrial(
                        rs.getLong("trial_id"),
                        rs.getString("trial_name"),
                        rs.getString("arm_code"),
                        rs.getBoolean("outreach")))
                .list();
    }

    /** Links the case to the trial and arm; a second link to the same trial keeps the first. */
    void link(long caseId, long trialId, String arm, Instant at) {
        jdbc.sql("""
                insert into case_trial (case_id, trial_id, arm, enrolled_at) values (:case, :trial, :arm, :at)
                on conflict do nothing
                """)
                .param("case", caseId)
                .param("trial", trialId)
                .param("arm", arm)
                .param("at", Timestamp.from(at))
                .update();
    }
}
