/**
 * Centre and national reports made from the data: who got assistance in a period, by sector, centre, county, milestone
 * and duration. Reads published views only (case_collaboration, case_collaboration_unit, case_collaboration_milestone,
 * case_summary, case_activity, register_enterprise, reference_institutional_sector, reference_county); never writes them.
 * Owns report_industry_rule (V28), the rule table of Tabell 5-2's industry categories.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // the collaboration's enums: level, status, milestones, service areas
            "security", // the centres' codes and names
            "shared", // domain exceptions
        })
package no.iaverk.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
