/**
 * Centre and national reports made from the data: who got assistance in a period, by sector, centre, county, milestone
 * and duration. Reads published views only (case_collaboration, case_collaboration_unit, case_collaboration_milestone,
 * case_summary, register_enterprise, reference_institutional_sector, reference_county); never writes them.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // the collaboration's enums: level, status, milestones, service areas
            "prioritization", // the leaders' overview: which enterprises of a unit's portfolio meet its rule sets
            "security", // the centres' codes and names
            "shared", // domain exceptions
        })
package no.iaverk.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
