/**
 * IA cases: an enterprise's period of work with a working-life centre, from assessment to completion, with its
 * collaborations, their plans and milestones, and the contact log. The event log is the truth of a case's lifecycle.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "knowledge", // the IA-service catalogue plans are made of
            "security", // the current user, units, roles, audit
            "shared", // value types, domain exceptions
        })
package no.iaverk.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
