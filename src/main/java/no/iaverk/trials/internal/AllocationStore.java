package no.iaverk.trials.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.iaverk.trials.RevealedAllocation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The allocations and the sealed sequence. The sealed tables ({@code trial_sealed}, {@code trial_slot}) are read here
 * one slot at a time for an enrolment, and whole only by {@link #sealed} and {@link #allocations}, which the service
 * calls for a closed trial.
 */
@Repository
public class AllocationStore {

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The legal unit the org. number belongs to on the trial's frozen list (a workplace's or the legal unit's own). */
    public Optional<String> eligibleLegalUnit(long trialId, String orgNumber) {
        return jdbc.sql("""
                select legal_unit from trial_eligible
                where trial_id = :trial and (org_number = :org or legal_unit = :org) limit 1
                """)
                .param("trial", trialId)
                .param("org", orgNumber)
                .query(String.class)
                .optional();
    }

    public String stratumOf(long trialId, String legalUnit) {
        return jdbc.sql("select stratum from trial_unit where trial_id = :trial and legal_unit = :unit")
                .param("trial", trialId)
                .param("unit", legalUnit)
                .query(String.class)
                .single();
    }

    /**
     * Locks the stratum for the next allocation: two enrolments in one stratum take turns, so neither takes the other's
     * slot nor skips one; enrolments in different strata do not wait for each other.
     */
    public void lockStratum(long trialId, String stratum) {
        jdbc.sql("select code from trial_stratum where trial_id = :trial and code = :code for update")
                .param("trial", trialId)
                .param("code", stratum)
                .query(String.class)
                .single();
    }

    public boolean allocated(long trialId, String legalUnit) {
        return jdbc.sql("select exists (select 1 from trial_allocation where trial_id = :trial and legal_unit = :unit)")
                .param("trial", trialId)
                .param("unit", legalUnit)
                .query(Boolean.class)
                .single();
    }

    /** The next free position of the stratum (from 1); call with the stratum locked. */
    public int nextPosition(long trialId, String stratum) {
        return jdbc.sql("select count(*) + 1 from trial_allocation where trial_id = :trial and stratum = :stratum")
                .param("trial", trialId)
                .param("stratum", stratum)
                .query(Integer.class)
                .single();
    }

    /** The arm of one slot: the one read of the sealed sequence before CLOSED, for the enrolment that takes it. */
    public String slot(long trialId, String stratum, int position) {
        return jdbc.sql("""
                select arm_code from trial_slot where trial_id = :trial and stratum = :stratum and position = :position
                """)
                .param("trial", trialId)
                .param("stratum", stratum)
                .param("position", position)
                .query(String.class)
                .single();
    }

    public void allocate(
            long trialId,
            String legalUnit,
            String orgNumber,
            String stratum,
            int position,
            String arm,
            @Nullable Long caseId,
            String by,
            Instant at) {
        jdbc.sql("""
                insert into trial_allocation (trial_id, legal_unit, org_number, stratum, position, arm_code, case_id,
                                              allocated_by, allocated_at)
                values (:trial, :unit, :org, :stratum, :position, :arm, :case, :by, :at)
                """)
                .param("trial", trialId)
                .param("unit", legalUnit)
                .param("org", orgNumber)
                .param("stratum", stratum)
                .param("position", position)
                .param("arm", arm)
                .param("case", caseId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Legal unit → stratum, in stratum and legal-unit order: the order BEFORE_CONTACT's units take their slots. */
    public Map<String, String> unitsByStratum(long trialId) {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.sql("select legal_unit, stratum from trial_unit where trial_id = :trial order by stratum, legal_unit")
                .param("trial", trialId)
                .query(rs -> {
                    units.put(rs.getString("legal_unit"), rs.getString("stratum"));
                });
        return units;
    }

    // ---- reveal (closed trials only; the service checks)

    public record Sealed(byte[] secret, byte[] nonce, String sequence) {}

    public Sealed sealed(long trialId) {
        return jdbc.sql("select secret, nonce, sequence from trial_sealed where trial_id = :trial")
                .param("trial", trialId)
                .query((rs, row) -> new Sealed(rs.getBytes("secret"), rs.getBytes("nonce"), rs.getString("sequence")))
                .single();
    }

    public List<RevealedAllocation.Allocation> allocations(long trialId) {
        return jdbc.sql("""
                select legal_unit, org_number, stratum, position, arm_code from trial_allocation
                where trial_id = :trial order by stratum, position
                """)
                .param("trial", trialId)
                .query((rs, row) -> new RevealedAllocation.Allocation(
                        rs.getString("legal_unit"),
                        rs.getString("org_number"),
                        rs.getString("stratum"),
                        rs.getInt("position"),
                        rs.getString("arm_code")))
                .list();
    }
}
