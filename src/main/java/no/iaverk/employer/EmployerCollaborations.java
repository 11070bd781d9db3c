package no.iaverk.employer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.employer.internal.CollaborationScopeQueries;
import no.iaverk.employer.internal.CollaborationScopeQueries.InScope;
import no.iaverk.employer.internal.DocumentStore;
import no.iaverk.employer.internal.PlanSnapshot;
import no.iaverk.security.AuditedEnterprises;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's collaborations: every collaboration of a case about an enterprise it represents, or covering one as a
 * unit, as {@link EmployerCollaboration} (what the enterprise may see, nothing of the adviser's own). The plan is the
 * part the adviser included, as it would be published ({@link PlanSnapshot}). The caller names the org. numbers in
 * scope ({@link EmployerScope}); each read names the enterprises it showed for the request's audit row.
 */
@Service
@Transactional(readOnly = true)
public class EmployerCollaborations {

    private final CollaborationScopeQueries scope;
    private final Collaborations collaborations;
    private final DocumentStore documents;

    EmployerCollaborations(CollaborationScopeQueries scope, Collaborations collaborations, DocumentStore documents) {
        this.scope = scope;
        this.collaborations = collaborations;
        this.documents = documents;
    }

    /** Newest first; empty when the employer represents no enterprise with a collaboration. */
    public List<EmployerCollaboration> list(Collection<String> orgNumbers) {
        if (orgNumbers.isEmpty()) {
            return List.of();
        }
        List<InScope> found = scope.inScope(orgNumbers);
        Map<Long, List<EmployerDocument>> published = documentsByCollaboration(orgNumbers);
        Map<Long, Map<Long, Collaboration>> byCase = new LinkedHashMap<>();
        Set<Long> caseIds = found.stream().map(InScope::caseId).collect(Collectors.toSet());
        for (long caseId : caseIds) {
            Map<Long, Collaboration> ofCase = new LinkedHashMap<>();
            collaborations.forCase(caseId).forEach(c -> ofCase.put(c.id(), c));
            byCase.put(caseId, ofCase);
        }
        List<EmployerCollaboration> shown = new ArrayList<>();
        for (InScope row : found) {
            Collaboration collaboration = byCase.get(row.caseId()).get(row.collaborationId());
            if (collaboration != null) {
                shown.add(view(row, collaboration, published));
            }
        }
        audited(shown);
        return shown;
    }

    /** One collaboration: 404 when there is no such collaboration, 403 when it concerns no enterprise in scope. */
    public EmployerCollaboration get(long id, Collection<String> orgNumbers) {
        InScope row = scope.inScope(id, orgNumbers)
                .orElseThrow(() ->
                        scope.exists(id) ? NotRepresented.collaboration() : EmployerCollaborationNotFound.forId(id));
        EmployerCollaboration shown =
                view(row, collaborations.get(row.caseId(), id), documentsByCollaboration(orgNumbers));
        audited(List.of(shown));
        return shown;
    }

    private Map<Long, List<EmployerDocument>> documentsByCollaboration(Collection<String> orgNumbers) {
        return documents.forOrgNumbers(orgNumbers).stream()
                .collect(Collectors.groupingBy(
                        EmployerDocument::collaborationId, LinkedHashMap::new, Collectors.toList()));
    }

    private static void audited(List<EmployerCollaboration> shown) {
        AuditedEnterprises.read(
                shown.stream().flatMap(c -> c.enterprises().stream()).distinct().toList());
    }

    private static EmployerCollaboration view(
            InScope row, Collaboration collaboration, Map<Long, List<EmployerDocument>> published) {
        return new EmployerCollaboration(
                collaboration.id(),
                collaboration.caseId(),
                collaboration.name(),
                collaboration.status(),
                row.orgNumber().strip(),
                row.enterpriseName(),
                collaboration.level(),
                collaboration.unitOrgNumbers(),
                collaboration.startDate(),
                collaboration.plannedEndDate(),
                collaboration.goals(),
                collaboration.milestones().stream()
                        .map(m -> new EmployerCollaboration.Milestone(
                                m.kind(), m.date(), m.date() != null, m.notRelevant()))
                        .toList(),
                plan(PlanSnapshot.of(row.enterpriseName(), row.orgNumber(), collaboration)),
                published.getOrDefault(collaboration.id(), List.of()));
    }

    /** The included plan as rows: each theme, then its included sub-themes with their knowledge. */
    private static List<EmployerCollaboration.PlanRow> plan(PlanSnapshot snapshot) {
        List<EmployerCollaboration.PlanRow> rows = new ArrayList<>();
        for (PlanSnapshot.Theme theme : snapshot.themes()) {
            rows.add(new EmployerCollaboration.PlanRow(
                    theme.code(),
                    theme.name(),
                    null,
                    null,
                    theme.status() == null ? null : Collaboration.PlanStatus.valueOf(theme.status()),
                    theme.startDate(),
                    theme.endDate(),
                    List.of()));
            for (PlanSnapshot.SubTheme sub : theme.subThemes()) {
                rows.add(new EmployerCollaboration.PlanRow(
                        theme.code(),
                        theme.name(),
                        sub.code(),
                        sub.name(),
                        Collaboration.PlanStatus.valueOf(sub.status()),
                        sub.startDate(),
                        sub.endDate(),
                        sub.knowledge().stream()
                                .map(k -> new EmployerCollaboration.Knowledge(k.id(), k.type(), k.title()))
                                .toList()));
            }
        }
        return rows;
    }
}
