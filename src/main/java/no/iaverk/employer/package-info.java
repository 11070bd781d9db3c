/**
 * The enterprise's own view (issue 17): the employer representative's access to the legal units granted to them
 * ({@code employer_access}) and their sub-units, granted by an admin at {@code /admin/arbeidsgivere}; its sick-leave
 * statistics against its industry and Norway, the cost calculator, and the documents its adviser published to it.
 * Pages under {@code /arbeidsgiver}, API under {@code /api/employer/**}. Statistics and register data are read
 * through their published views (V17, V32, V37). Tables are prefixed {@code employer_}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // documents freeze a collaboration's plan; who may publish is the case's rule
            "knowledge", // the plan's attached library items carry their type
            "security", // the employer's login (EmployerLogins), the current user, URL rules, audit of reads
            "shared", // value types, domain exceptions, message bundles
            "statistics", // SnapshotPublished: a published quarter gives the enterprise's goals their status
            "surveys", // needs-assessment and evaluation results published to the enterprise
        })
package no.iaverk.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
