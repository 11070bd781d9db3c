/** Users, roles, NAV units (the working-life centres) and the audit log of reads of enterprise data. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "reference", // a unit serves counties
            "shared", // value types
        })
package no.iaverk.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
