package no.iaverk.prioritization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.iaverk.prioritization.internal.PriorityQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of some enterprises meet a unit's rule sets, judged on the same candidates and with the same SQL as the call
 * list: for the leaders' overview (how much of a unit's portfolio the unit's own rules would pick). A masked
 * sick-leave figure never meets a condition, so enterprises of fewer than five persons count only on employees.
 */
@Service
@Transactional(readOnly = true)
public class RuleSetMatches {

    /** A rule set and those of the enterprises asked about that meet it. */
    public record Match(RuleSet ruleSet, Set<String> orgNumbers) {}

    private final RuleSets ruleSets;
    private final JdbcClient jdbc;

    RuleSetMatches(RuleSets ruleSets, JdbcClient jdbc) {
        this.ruleSets = ruleSets;
        this.jdbc = jdbc;
    }

    /** For each rule set the unit has (presets first), the enterprises among {@code orgNumbers} that meet it. */
    public List<Match> matching(String unitCode, Collection<String> orgNumbers) {
        return ruleSets.available(unitCode).stream()
                .map(ruleSet -> new Match(ruleSet, orgNumbers.isEmpty() ? Set.of() : meeting(ruleSet, orgNumbers)))
                .toList();
    }

    private Set<String> meeting(RuleSet ruleSet, Collection<String> orgNumbers) {
        PriorityQuery query = new PriorityQuery(PriorityFilter.none(), ruleSet);
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.put("orgNumbers", List.copyOf(orgNumbers));
        return new TreeSet<>(jdbc.sql("select c.org_number from " + query.from(false) + " where " + query.where()
                        + " and c.org_number in (:orgNumbers)")
                .params(parameters)
                .query(String.class)
                .list());
    }
}
