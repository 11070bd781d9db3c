package no.iaverk.employer.web;

import no.iaverk.employer.EmployerScope;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the employer controllers share: every request asks {@link EmployerScope}. Without an implementation bean (the
 * employer's access grants are wired in by the employer principal's part) the employer endpoints answer 404 as if
 * they did not exist: nothing is served unchecked, and the application still starts.
 */
@Component
class ScopeGuard {

    private final ObjectProvider<EmployerScope> scope;

    ScopeGuard(ObjectProvider<EmployerScope> scope) {
        this.scope = scope;
    }

    void requireAccess(OrgNumber orgNumber) {
        active().requireAccess(orgNumber);
    }

    /** For the employer endpoints that read no enterprise (the calculator): only that they are switched on. */
    void requireActive() {
        active();
    }

    private EmployerScope active() {
        EmployerScope implementation = scope.getIfUnique();
        if (implementation == null) {
            throw new EmployerViewOff();
        }
        return implementation;
    }

    static class EmployerViewOff extends NotFoundException {
        EmployerViewOff() {
            super("Arbeidsgiversidene er ikke slått på.");
        }
    }
}
