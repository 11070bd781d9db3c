package no.iaverk.cases.web;

import java.util.List;
import no.iaverk.cases.Cases;
import no.iaverk.security.AuditedResource;
import no.iaverk.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** A read of a case, or of anything under it, names the case's enterprise in the audit log. */
@Component
class CaseAuditing implements AuditedResource {

    private final Cases cases;

    CaseAuditing(Cases cases) {
        this.cases = cases;
    }

    @Override
    public String variable() {
        return "caseId";
    }

    @Override
    public List<String> enterprises(String id) {
        try {
            return List.of(cases.orgNumberOf(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException unknown) {
            return List.of();
        }
    }
}
