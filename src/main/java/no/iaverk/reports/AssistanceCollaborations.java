package no.iaverk.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.AssistanceRegistrations.Registration;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of collaborations behind a figure of the assistance report («every figure is a link»): the report's own
 * registrations for the period and centre, filtered by {@link CollaborationFilters}. It names enterprises, so only
 * advisers (CASEWORKER and above) may read it, and the web layer audit-logs each read with the enterprises shown.
 */
@Service
@Transactional(readOnly = true)
public class AssistanceCollaborations {

    private final AssistanceReports reports;

    AssistanceCollaborations(AssistanceReports reports) {
        this.reports = reports;
    }

    /** The parameters the list takes besides from, to and unit. */
    public static List<String> filterNames() {
        return CollaborationFilters.NAMES;
    }

    /**
     * The registrations of the period {@code from}–{@code to} for the centre {@code unit} (national when absent) that
     * pass the filters in {@code parameters}; 400 naming a wrong parameter, 403 below CASEWORKER.
     */
    public CollaborationList list(Map<String, String> parameters, @Nullable CurrentUser user) {
        if (user == null || !user.has(Role.CASEWORKER)) {
            throw new ForbiddenException("Bare saksbehandlere og ledere kan se samarbeidene bak tallene i rapporten.");
        }
        AssistanceReports.Scope scope =
                reports.scope(parameters.get("from"), parameters.get("to"), parameters.get("unit"));
        var filter = CollaborationFilters.parse(parameters);
        List<CollaborationList.Item> items = reports.registrations(scope).stream()
                .filter(filter)
                .sorted(Comparator.comparing(Registration::unitCode)
                        .thenComparing(Registration::collaborationId)
                        .thenComparing(Registration::orgNumber))
                .map(AssistanceCollaborations::item)
                .toList();
        return new CollaborationList(items.size(), items);
    }

    private static CollaborationList.Item item(Registration row) {
        return new CollaborationList.Item(
                row.collaborationId(),
                row.caseId(),
                row.orgNumber(),
                row.enterpriseName(),
                row.level().name(),
                row.status().name(),
                row.startOn(),
                row.endedOn(),
                row.unitCode());
    }
}
