/**
 * Centre and national reports made from the data: who got assistance in a period, by sector, centre, county, milestone
 * and duration. Reads published views only (case_collaboration, case_collaboration_unit, case_collaboration_milestone,
 * case_summary, register_enterprise, reference_institutional_sector, reference_county; for adviser hours and
 * cost-benefit also case_activity, register_workplace and reference_industry_programme; for the activity tables
 * case_activity); never writes them. The centres' resources per year (budget, share of the county budget, headcount
 * and FTE) are its own tables, as is report_industry_rule (V28), the rule table of Tabell 5-2's industry categories.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // the collaboration's enums: level, status, milestones, service areas
            "evaluation", // cost-benefit: the effect estimate per centre, programme and form of assistance
            "prioritization", // the leaders' overview: which enterprises of a unit's portfolio meet its rule sets
            "security", // the centres' codes and names
            "shared", // domain exceptions
        })
package no.iaverk.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
