/**
 * Sick-leave statistics: import of NAV's quarterly files, publication of a quarter, the rules (percent, masking, the
 * last four quarters, trend, benchmarks) and the figures pages, API and prioritisation read.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "imports", // runs and locks of the statistics import
            "reference", // industry programmes, sectors, counties
            "security", // the current user, audit
            "shared", // value types, domain exceptions
        })
package no.iaverk.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
