package no.iaverk.employer.web;

import java.util.List;
import no.iaverk.employer.EmployerAccess;
import no.iaverk.employer.EnterpriseOverview;
import no.iaverk.employer.RepresentedEnterprise;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employer's API (EMPLOYER only): the enterprises the employer represents. Reads are audit-logged. */
@RestController
@RequestMapping("/api/employer")
class EmployerApiController {

    private final EmployerAccess access;

    EmployerApiController(EmployerAccess access) {
        this.access = access;
    }

    /** The legal units granted to the employer, each followed by its sub-units. */
    @GetMapping("/enterprises")
    @AuditedRead("EMPLOYER_ENTERPRISES")
    List<RepresentedEnterprise> enterprises(CurrentUser user) {
        return access.enterprises(user);
    }

    /** One of them, with its legal unit or its sub-units; any other enterprise is 403. */
    @GetMapping("/enterprises/{orgNumber}")
    EnterpriseOverview enterprise(@PathVariable OrgNumber orgNumber, CurrentUser user) {
        return access.overview(user, orgNumber);
    }
}
