/**
 * The employer's view: what the enterprise itself sees of its sick-leave statistics against its industry and
 * Norway, the cost calculator, its collaborations and the documents its adviser published to it. Statistics and
 * register data are read through their published views (V17, V32, V37). Tables are prefixed {@code employer_}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // documents freeze a collaboration's plan; who may publish is the case's rule
            "knowledge", // the plan's attached library items carry their type
            "security", // the current user, roles, audit of reads
            "shared", // value types, domain exceptions, message bundles
            "surveys", // needs-assessment and evaluation results published to the enterprise
        })
package no.iaverk.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
