/**
 * Prioritisation: ranked call lists of the enterprises with the greatest potential for fewer lost workdays, with the
 * centres' filters and rule sets, and their export.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "reference", // county and municipality names for the filters
            "register", // RegisterChanged rebuilds the call lists
            "security", // the current user, audit
            "shared", // value types, domain exceptions
            "statistics", // SnapshotPublished rebuilds the call lists; the current quarter, masking
        })
package no.iaverk.prioritization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
