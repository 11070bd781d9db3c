/**
 * The embedded-default bootstrap (in-process PostgreSQL), the demo data loaded into an empty database, and the
 * generators of demo and national-scale data. Demo data always goes through the same import code a user calls.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // demo cases
            "employer", // the demo employers' grants and the plan published to the completed collaboration's employer
            "imports", // demo imports
            "register", // the demo register import
            "reports", // the centres' reference resources
            "security", // demo users
            "shared", // value types
            "statistics", // the demo statistics import
            "surveys", // demo surveys
            "trials", // the demo's running trial
        })
package no.iaverk.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
