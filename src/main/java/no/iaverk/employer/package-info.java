/**
 * The employer's own view: its sick-leave statistics against its industry and Norway, the cost calculator (issue 17).
 * Statistics and register data are read through their published views (V17, V32, V37), never their tables.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "security", // audit of reads (AuditedRead)
            "shared", // value types, domain exceptions, message bundles
        })
package no.iaverk.employer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
