package no.iaverk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts cases, applies their events under the lifecycle's rules, and lists them. */
@Service
@Transactional(readOnly = true)
public class Cases {

    /** Who closes untouched assessments. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", "iaverk (automatisk)", Role.ADMIN, null);

    private static final Logger log = LoggerFactory.getLogger(Cases.class);

    private static final String SUMMARY = """
            select c.*, coalesce(r.name, c.org_number) as enterprise_name,
                   (select min(a.starts_at) from activity a
                    where a.case_id = c.id and a.status = 'PLANNED' and a.starts_at >= :now) as next_activity,
                   (select count(*) from activity a
                    where a.case_id = c.id and a.status = 'PLANNED' and a.starts_at < :now) as overdue
            from ia_case c left join register_enterprise r on r.org_number = c.org_number
            """;

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Collaborations collaborations;
    private final OwningUnit owningUnit;
    private final NavUnits navUnits;
    private final CaseTrials trials;
    private final Clock clock;

    Cases(
            JdbcClient jdbc,
            CaseStore store,
            Collaborations collaborations,
            OwningUnit owningUnit,
            NavUnits navUnits,
            CaseTrials trials,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.collaborations = collaborations;
        this.owningUnit = owningUnit;
        this.navUnits = navUnits;
        this.trials = trials;
        this.clock = clock;
    }

    /**
     * A superuser starts an assessment of an enterprise that has no open case. When its legal unit is allocated in a
     * running trial randomised before contact, the case is linked to the trial and arm (the first collaboration takes
     * the arm); the centre may not seek out the control group, but an enterprise that asks itself is helped, and its
     * case counts in the control arm (intention to treat).
     */
    @Transactional
    public IaCase start(@Nullable String orgNumber, @Nullable Background background, CurrentUser user) {
        CaseLifecycle.requireStart(user);
        if (orgNumber == null || !OrgNumber.isValid(orgNumber.trim())) {
            throw new InvalidRequestException("Ugyldig organisasjonsnummer «%s».".formatted(orgNumber));
        }
        if (background == null || background == Background.TRIAL) {
            throw new InvalidRequestException(
                    "Oppgi bakgrunnen: CENTRE_INITIATIVE (senteret vurderer) eller ENTERPRISE_REQUEST (virksomheten"
                            + " tok kontakt).");
        }
        String org = orgNumber.trim();
        List<BeforeContactTrial> allocations = trials.beforeContact(org);
        var control = allocations.stream().filter(a -> !a.outreach()).findFirst();
        if (background == Background.CENTRE_INITIATIVE && control.isPresent()) {
            throw new Refused("Virksomheten %s er i kontrollgruppen i forsøket «%s» og skal ikke oppsøkes."
                    .formatted(org, control.get().trialName()));
        }
        IaCase created = create(org, background, user);
        allocations.forEach(a -> trials.link(created.id(), a.trialId(), a.arm(), clock.instant()));
        return created;
    }

    /**
     * A trial's enrolment: the enterprise's open case, or else a new assessment with background TRIAL, the one case
     * start a caseworker may make (the trial, not the caseworker, chose the enterprise). The case records the trial and
     * the arm, which the next collaboration started in it takes over. Returns the case's id.
     */
    @Transactional
    public long startOrLinkForTrial(OrgNumber orgNumber, long trialId, String arm, CurrentUser user) {
        CaseLifecycle.requireTrialStart(user);
        String org = orgNumber.value();
        long caseId = forEnterprise(org).stream()
                .filter(c -> c.status().open())
                .map(CaseSummary::id)
                .findFirst()
                .orElseGet(() -> create(org, Background.TRIAL, user).id());
        trials.link(caseId, trialId, arm, clock.instant());
        return caseId;
    }

    private IaCase create(String org, Background background, CurrentUser user) {
        Boolean deleted = jdbc.sql("select deleted from register_enterprise where org_number = :org")
                .param("org", org)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new UnknownEnterprise(org));
        if (deleted) {
            throw new Refused("Virksomheten %s er slettet i Enhetsregisteret.".formatted(org));
        }
        Instant now = clock.instant();
        var started = new CaseEvent(
                1,
                CaseEventType.STARTED,
                CaseStatus.ASSESSING,
                user.username(),
                user.displayName(),
                user.role(),
                user.unitCode(),
                now,
                null,
                List.of(),
                null,
                null,
                null,
                null);
        try {
            return get(store.create(org, unitOf(user), background, started));
        } catch (DuplicateKeyException e) {
            throw new Refused("Virksomheten %s har allerede en åpen sak.".formatted(org));
        }
    }

    /** Applies a person's command; the case's version must be the one they saw. */
    @Transactional
    public IaCase handle(long id, CaseCommand command, CurrentUser user) {
        apply(id, command, user, clock.instant());
        return get(id);
    }

    private void apply(long id, CaseCommand command, CurrentUser user, Instant now) {
        CaseState state = store.state(id, true);
        if (!user.username().equals(SYSTEM.username())) {
            owningUnit.require(state.unitCode(), user);
        }
        CaseEvent event = CaseLifecycle.decide(state, command, user, now, collaborations.tally(id));
        try {
            if (!store.append(id, event, state.apply(event))) {
                throw new CaseLifecycle.StaleVersion(event.version() - 1, state.version());
            }
        } catch (DuplicateKeyException e) {
            throw new Refused("Virksomheten har allerede en annen åpen sak, så denne kan ikke gjenåpnes.");
        }
    }

    /**
     * Moves an open case to another unit, on the request of a superuser of that unit; logged as a TRANSFERRED event
     * from the old unit to the new. The old unit's owner and followers let go of the case.
     */
    @Transactional
    public IaCase transfer(long id, @Nullable String unit, CurrentUser user) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidFieldsException(Map.of("unit", "Oppgi enheten saken skal overføres til."));
        }
        String code = unit.trim();
        if (navUnits.find(code).isEmpty()) {
            throw new InvalidFieldsException(Map.of("unit", "Ukjent enhet «%s».".formatted(code)));
        }
        CaseState state = store.state(id, true);
        CaseEvent event = CaseLifecycle.transfer(state, code, user, clock.instant());
        if (!store.append(id, event, state.apply(event))) {
            throw new CaseLifecycle.StaleVersion(event.version() - 1, state.version());
        }
        log.info("Case {} transferred from {} to {}", id, event.fromUnit(), event.toUnit());
        return get(id);
    }

    /** The running trials randomised before contact that the enterprise's legal unit is allocated in. */
    public List<BeforeContactTrial> beforeContactTrials(String orgNumber) {
        return trials.beforeContact(orgNumber);
    }

    /** Whether the enterprise page offers this person to start an assessment: the lifecycle's rule for starting. */
    public boolean mayStart(List<CaseSummary> casesOfEnterprise, CurrentUser user) {
        return CaseLifecycle.startPermitted(casesOfEnterprise, user);
    }

    /** What the user may do with the case now: the lifecycle's and the services' own rules, asked in advance. */
    public CasePermissions permissions(long id, CurrentUser user) {
        CaseState state = store.state(id, false);
        Instant now = clock.instant();
        boolean ourUnit = owningUnit.isMember(state.unitCode(), user);
        List<CaseEventType> events = ourUnit ? CaseLifecycle.permitted(state, user, now) : List.of();
        String workRefusal = CaseWork.refusal(state, user, owningUnit);
        return new CasePermissions(
                ourUnit,
                events,
                events.contains(CaseEventType.BACK)
                        ? state.previous().get(state.previous().size() - 1)
                        : null,
                CaseLifecycle.transferPermitted(state, user, now),
                workRefusal,
                workRefusal == null && Collaborations.acceptsNew(state.status()));
    }

    /** The enterprise a case is about; for naming it in the audit log of a read. */
    public String orgNumberOf(long id) {
        return store.header(id).orgNumber();
    }

    public IaCase get(long id) {
        CaseStore.Header header = store.header(id);
        List<CaseEvent> events = store.events(id);
        CaseState state = CaseState.replay(events);
        return new IaCase(
                id,
                header.orgNumber(),
                header.enterpriseName(),
                state.status(),
                state.owner(),
                state.ownerName(),
                state.followers().stream().sorted().toList(),
                followerNames(state, events),
                header.background(),
                header.unitCode(),
                state.version(),
                header.createdAt(),
                state.changedAt(),
                state.closedAt(),
                state.reassessAfter(),
                CaseLifecycle.locked(state, clock.instant()),
                events,
                collaborations.forCase(id));
    }

    /** The followers' names as they last acted on the case (FOLLOW is their own event), sorted like the usernames. */
    private static List<String> followerNames(CaseState state, List<CaseEvent> events) {
        Map<String, String> names = new HashMap<>();
        events.forEach(event -> names.put(event.actor(), event.actorName()));
        return state.followers().stream()
                .sorted()
                .map(username -> names.getOrDefault(username, username))
                .toList();
    }

    /** Every case of an enterprise, newest first. */
    public List<CaseSummary> forEnterprise(String orgNumber) {
        return summaries("where c.org_number = :org order by c.created_at desc", Map.of("org", orgNumber));
    }

    /** The user's own and followed cases: open ones first, the most recently changed first. */
    public List<CaseSummary> mine(CurrentUser user) {
        return summaries("""
                where c.owner = :user or :user = any(c.followers)
                order by c.status in ('COMPLETED', 'NOT_RELEVANT'), c.changed_at desc
                """, Map.of("user", user.username()));
    }

    /** Closed cases whose "reassess after" date has come and whose enterprise has no newer case: to assess again. */
    public List<CaseSummary> dueForReassessment(String unitCode) {
        return summaries("""
                where c.unit_code = :unit and c.reassess_after <= :today
                  and not exists (select 1 from ia_case n where n.org_number = c.org_number and n.id > c.id)
                order by c.reassess_after
                """, Map.of("unit", unitCode, "today", LocalDate.now(clock.withZone(CaseLifecycle.ZONE))));
    }

    /** How many cases each unit has in each status. */
    public Map<String, Map<CaseStatus, Long>> countsPerUnit() {
        Map<String, Map<CaseStatus, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("select unit_code, status, count(*) as n from ia_case group by unit_code, status order by unit_code")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("unit_code"), unit -> new LinkedHashMap<>())
                            .put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * Closes assessments nobody took ownership of and nobody touched for six months, as the system, with a system
     * reason. Each in its own event, under the same rules as a person's command.
     */
    @Transactional
    public int closeUntouched(Instant now) {
        Instant limit =
                ZonedDateTime.ofInstant(now, CaseLifecycle.ZONE).minusMonths(6).toInstant();
        List<long[]> untouched = jdbc.sql("""
                select id, version from ia_case
                where status = 'ASSESSING' and owner is null and changed_at < :limit order by id
                """)
                .param("limit", Timestamp.from(limit))
                .query((rs, row) -> new long[] {rs.getLong("id"), rs.getLong("version")})
                .list();
        for (long[] row : untouched) {
            apply(
                    row[0],
                    new CaseCommand(
                            CaseEventType.NOT_RELEVANT,
                            (int) row[1],
                            ClosingReason.SYSTEM,
                            List.of(Justification.UNTOUCHED_SIX_MONTHS),
                            null),
                    SYSTEM,
                    now);
        }
        if (!untouched.isEmpty()) {
            log.info("Closed {} assessments untouched for six months", untouched.size());
        }
        return untouched.size();
    }

    private List<CaseSummary> summaries(String where, Map<String, ?> parameters) {
        return jdbc.sql(SUMMARY + where)
                .params(parameters)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> summary(rs))
                .list();
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        Timestamp next = rs.getTimestamp("next_activity");
        return new CaseSummary(
                rs.getLong("id"),
                rs.getString("org_number"),
                rs.getString("enterprise_name"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("owner"),
                rs.getString("owner_name"),
                rs.getString("unit_code"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getObject("reassess_after", LocalDate.class),
                next == null ? null : LocalDateTime.ofInstant(next.toInstant(), CaseLifecycle.ZONE),
                rs.getInt("overdue"));
    }

    private static String unitOf(CurrentUser user) {
        if (user.unitCode() == null) {
            throw new InvalidRequestException("Brukeren tilhører ingen enhet.");
        }
        return user.unitCode();
    }

    static class UnknownEnterprise extends NotFoundException {
        UnknownEnterprise(String orgNumber) {
            super("Fant ingen virksomhet med organisasjonsnummer " + orgNumber + ".");
        }
    }
}
