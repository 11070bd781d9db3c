package no.iaverk.employer.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.iaverk.employer.EmployerScope;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ScopeGuardTest {

    static final OrgNumber COMPANY = OrgNumber.of("920000002");

    @Test
    void without_an_employer_scope_the_employer_endpoints_do_not_exist() {
        var guard = new ScopeGuard(new StaticListableBeanFactory().getBeanProvider(EmployerScope.class));

        assertThatThrownBy(() -> guard.requireAccess(COMPANY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(guard::requireActive).isInstanceOf(NotFoundException.class);
    }

    @Test
    void with_one_every_read_asks_it() {
        var beans = new StaticListableBeanFactory();
        beans.addBean("scope", new EmployerScope() {
            @Override
            public List<String> orgNumbers() {
                return List.of(COMPANY.value());
            }

            @Override
            public String person() {
                return "Test";
            }
        });
        var guard = new ScopeGuard(beans.getBeanProvider(EmployerScope.class));

        assertThatCode(() -> guard.requireAccess(COMPANY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.requireAccess(OrgNumber.of("930000019"))).isInstanceOf(ForbiddenException.class);
    }
}
