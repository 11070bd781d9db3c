/**
 * The enterprise's own view (issue 17): the employer representative's access to the legal units granted to them
 * ({@code employer_access}) and their sub-units, the employer's pages under {@code /arbeidsgiver} and API under
 * {@code /api/employer/**}, and the admin's grants at {@code /admin/arbeidsgivere}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "security", // the employer's login (EmployerLogins), the current user, URL rules, the audit of list reads
            "shared", // value types, domain exceptions
        })
package no.iaverk.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
