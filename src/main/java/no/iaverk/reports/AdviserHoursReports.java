package no.iaverk.reports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adviser hours (issue 15, "Resources and cost-benefit"): the hours recorded on held activities, summed per centre and
 * collaboration for every reader, and per adviser for a centre's leaders only (superusers of their own centre, admins
 * of any): counts and sums, never what was done.
 */
@Service
@Transactional(readOnly = true)
public class AdviserHoursReports {

    /** Nationally, the collaborations listed are the ones with the most hours; a centre's are all listed. */
    static final int NATIONAL_TOP = 25;

    private final AdviserHoursQueries queries;
    private final NavUnits units;

    AdviserHoursReports(AdviserHoursQueries queries, NavUnits units) {
        this.queries = queries;
        this.units = units;
    }

    /** Hours by centre and collaboration in {@code from}–{@code to} (ISO dates) for {@code unit} or the country. */
    public AdviserHours hours(@Nullable String from, @Nullable String to, @Nullable String unit) {
        ReportPeriod period = ReportPeriod.parse(from, to, unit, units);
        Map<String, String> names = centreNames();
        return new AdviserHours(
                period.from(),
                period.to(),
                period.unit(),
                queries.total(period),
                queries.collaborations(period),
                queries.byCentre(period).stream()
                        .map(c -> new AdviserHours.CentreRow(
                                c.unitCode(), names.getOrDefault(c.unitCode(), c.unitCode()), c.tally()))
                        .toList(),
                queries.byCollaboration(period, period.unit() == null ? NATIONAL_TOP : null).stream()
                        .map(c -> new AdviserHours.CollaborationRow(
                                c.collaborationId(), c.caseId(), c.name(), c.orgNumber(), c.unitCode(), c.tally()))
                        .toList());
    }

    /**
     * Hours per adviser: a superuser sees the advisers of their own centre (the default when {@code unit} is blank),
     * an admin those of any centre or the whole country; everyone else is refused (403).
     */
    public AdviserHours.ByAdviser byAdviser(
            @Nullable String from, @Nullable String to, @Nullable String unit, CurrentUser user) {
        if (!user.has(Role.SUPERUSER)) {
            throw new ForbiddenException("Timer per rådgiver er bare for superbrukere og administratorer.");
        }
        String asked = unit == null || unit.isBlank() ? null : unit.trim();
        if (!user.has(Role.ADMIN)) {
            if (asked == null) asked = user.unitCode();
            if (!asked.equals(user.unitCode())) {
                throw new ForbiddenException("Superbrukere ser timer per rådgiver bare for sin egen enhet («%s»)."
                        .formatted(user.unitCode()));
            }
        }
        ReportPeriod period = ReportPeriod.parse(from, to, asked, units);
        List<AdviserHours.AdviserRow> rows = queries.byAdviser(period).stream()
                .map(a -> new AdviserHours.AdviserRow(a.adviser(), a.unitCode(), a.tally()))
                .toList();
        return new AdviserHours.ByAdviser(period.from(), period.to(), period.unit(), rows);
    }

    private Map<String, String> centreNames() {
        return units.all().stream().collect(Collectors.toMap(NavUnit::code, NavUnit::name, (a, b) -> a));
    }
}
