package no.iaverk.prioritization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The presets and the rule sets advisers save for their unit. A unit's rule sets are visible only within it. */
@Service
@Transactional(readOnly = true)
public class RuleSets {

    static final int MAX_GROUPS = 5;
    static final int MAX_CONDITIONS = 5;

    private record Definition(List<List<Condition>> groups) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSets(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The presets and the unit's own, presets first. */
    public List<RuleSet> available(CurrentUser user) {
        return available(user.unitCode());
    }

    /** The presets and the given unit's own, presets first (for a unit's leaders' overview). */
    public List<RuleSet> available(String unitCode) {
        return jdbc.sql("""
                select id, name, unit_code, preset, definition::text as definition from rule_set
                where preset or unit_code = :unit order by preset desc, name
                """)
                .param("unit", unitCode)
                .query((rs, row) -> ruleSet(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("unit_code"),
                        rs.getBoolean("preset"),
                        rs.getString("definition")))
                .list();
    }

    /** A preset or one of the user's unit's rule sets; another unit's is as good as missing. */
    public RuleSet get(long id, CurrentUser user) {
        return available(user).stream()
                .filter(ruleSet -> ruleSet.id() == id)
                .findFirst()
                .orElseThrow(() -> new RuleSetNotFound(id));
    }

    /** Saves a rule set for the user's unit; its name must be new in the unit. */
    @Transactional
    public RuleSet save(String name, List<List<Condition>> groups, CurrentUser user) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidRequestException("Regelsettet må ha et navn på 1–100 tegn.");
        }
        check(groups);
        try {
            long id = jdbc.sql("""
                    insert into rule_set (name, unit_code, definition, created_by)
                    values (:name, :unit, cast(:definition as jsonb), :by) returning id
                    """)
                    .param("name", trimmed)
                    .param("unit", user.unitCode())
                    .param("definition", json.writeValueAsString(new Definition(groups)))
                    .param("by", user.username())
                    .query(Long.class)
                    .single();
            return get(id, user);
        } catch (DuplicateKeyException e) {
            throw new DuplicateName(trimmed);
        }
    }

    /** Deletes one of the unit's rule sets; presets cannot be deleted. */
    @Transactional
    public void delete(long id, CurrentUser user) {
        RuleSet ruleSet = get(id, user);
        if (ruleSet.preset()) {
            throw new InvalidRequestException("Forhåndsdefinerte regelsett kan ikke slettes.");
        }
        jdbc.sql("delete from rule_set where id = :id").param("id", id).update();
    }

    private static void check(List<List<Condition>> groups) {
        if (groups == null || groups.isEmpty() || groups.size() > MAX_GROUPS) {
            throw new InvalidRequestException("Et regelsett har 1–" + MAX_GROUPS + " grupper av betingelser.");
        }
        for (List<Condition> group : groups) {
            if (group == null || group.isEmpty() || group.size() > MAX_CONDITIONS) {
                throw new InvalidRequestException("En gruppe har 1–" + MAX_CONDITIONS + " betingelser.");
            }
            for (Condition condition : group) {
                if (condition == null
                        || condition.field() == null
                        || condition.operator() == null
                        || condition.value() == null) {
                    throw new InvalidRequestException("En betingelse har felt, operator og verdi.");
                }
                if (condition.field() == Condition.Field.PERCENT
                        && (condition.value().signum() < 0
                                || condition.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
                    throw new InvalidRequestException("Sykefravær i prosent er fra 0 til 100.");
                }
                if (condition.field() == Condition.Field.EMPLOYEES
                        && condition.value().signum() < 0) {
                    throw new InvalidRequestException("Antall ansatte kan ikke være negativt.");
                }
            }
        }
    }

    private RuleSet ruleSet(long id, String name, String unit, boolean preset, String definition) {
        Definition parsed = json.readValue(definition, new TypeReference<Definition>() {});
        return new RuleSet(id, name, unit, preset, List.copyOf(new ArrayList<>(parsed.groups())));
    }

    static class RuleSetNotFound extends NotFoundException {
        RuleSetNotFound(long id) {
            super("Fant ikke regelsett " + id + ".");
        }
    }

    static class DuplicateName extends ConflictException {
        DuplicateName(String name) {
            super("Enheten har allerede et regelsett som heter «" + name + "».");
        }
    }
}
