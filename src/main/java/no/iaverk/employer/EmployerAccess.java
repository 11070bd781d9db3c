package no.iaverk.employer;

import java.util.List;
import no.iaverk.employer.internal.AccessStore;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which enterprises the current employer representative may see: the legal units granted to them and all their
 * sub-units. Everything under {@code /arbeidsgiver} and {@code /api/employer} that names an enterprise asks {@link
 * #requireAccess} first; anything else, a sub-unit of another legal unit included, is 403.
 */
@Service
@Transactional(readOnly = true)
public class EmployerAccess implements EmployerScope {

    private final AccessStore store;

    EmployerAccess(AccessStore store) {
        this.store = store;
    }

    /** The legal units the person represents, each followed by its sub-units; named for the request's audit row. */
    public List<RepresentedEnterprise> enterprises(CurrentUser user) {
        List<RepresentedEnterprise> enterprises = store.represented(user.username());
        AuditedEnterprises.read(
                enterprises.stream().map(RepresentedEnterprise::orgNumber).toList());
        return enterprises;
    }

    /** {@link EmployerScope}: the enterprises of the request's employer; none for anyone else. */
    @Override
    public List<String> orgNumbers() {
        return CurrentUser.current()
                .filter(CurrentUser::employer)
                .map(user -> store.represented(user.username()).stream()
                        .map(RepresentedEnterprise::orgNumber)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public String person() {
        return CurrentUser.current().map(CurrentUser::displayName).orElse("");
    }

    @Override
    public void requireAccess(OrgNumber orgNumber) {
        CurrentUser user = CurrentUser.current().orElseThrow(() -> NotRepresented.enterprise(orgNumber.value()));
        requireAccess(user, orgNumber);
    }

    public boolean mayAccess(CurrentUser user, OrgNumber orgNumber) {
        return user.employer() && store.represents(user.username(), orgNumber.value());
    }

    /** Nothing, or 403 with a problem detail (API) or the error page (pages) that says why. */
    public void requireAccess(CurrentUser user, OrgNumber orgNumber) {
        if (!mayAccess(user, orgNumber)) {
            throw NotRepresented.enterprise(orgNumber.value());
        }
    }

    /** One represented enterprise with its legal unit or its sub-units; 403 for any other. */
    public EnterpriseOverview overview(CurrentUser user, OrgNumber orgNumber) {
        requireAccess(user, orgNumber);
        RepresentedEnterprise enterprise =
                store.enterprise(orgNumber.value()).orElseThrow(() -> NotRepresented.enterprise(orgNumber.value()));
        if (enterprise.kind() == EnterpriseKind.SUB_UNIT && enterprise.parentOrgNumber() != null) {
            return new EnterpriseOverview(
                    enterprise, store.enterprise(enterprise.parentOrgNumber()).orElse(null), List.of());
        }
        return new EnterpriseOverview(enterprise, null, store.subUnits(enterprise.orgNumber()));
    }
}
