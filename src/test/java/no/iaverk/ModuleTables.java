package no.iaverk;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which module owns which table and view, and what each one publishes (docs/architecture.md, "Published contracts"):
 * said once, here, for {@link ModuleContractsTest}.
 */
final class ModuleTables {

    private ModuleTables() {}

    /** Owners by exact name; wins over a prefix. */
    static final Map<String, String> OWNER_BY_NAME = Map.ofEntries(
            Map.entry("county", "reference"),
            Map.entry("municipality", "reference"),
            Map.entry("municipality_change", "reference"),
            Map.entry("county_succession", "reference"),
            Map.entry("nace_code", "reference"),
            Map.entry("sector", "reference"),
            Map.entry("institutional_sector", "reference"),
            Map.entry("industry_programme", "reference"),
            Map.entry("industry_programme_nace", "reference"),
            Map.entry("enterprise", "register"),
            Map.entry("nav_unit", "security"),
            Map.entry("nav_unit_county", "security"),
            Map.entry("app_user", "security"),
            Map.entry("audit_event", "security"),
            Map.entry("login_failure", "security"),
            // Spring Session's tables (V41): the HTTP sessions of logged-in people, in the database for every instance.
            Map.entry("spring_session", "security"),
            Map.entry("spring_session_attributes", "security"),
            Map.entry("ia_case", "cases"),
            Map.entry("collaboration", "cases"),
            Map.entry("collaboration_milestone", "cases"),
            Map.entry("plan_item", "cases"),
            Map.entry("plan_item_knowledge", "cases"),
            Map.entry("activity", "cases"),
            Map.entry("ia_service", "knowledge"),
            Map.entry("rule_set", "prioritization"),
            Map.entry("trial", "trials"));

    /** Owners by name prefix: a module's new tables and views are named with its prefix. */
    static final Map<String, String> OWNER_BY_PREFIX = Map.ofEntries(
            Map.entry("reference_", "reference"),
            Map.entry("register_", "register"),
            Map.entry("import_", "imports"),
            Map.entry("sick_leave_", "statistics"),
            Map.entry("statistics_", "statistics"),
            Map.entry("priority_", "prioritization"),
            Map.entry("case_", "cases"),
            Map.entry("bank_", "surveys"),
            Map.entry("trial_", "trials"),
            Map.entry("report_", "reports"),
            Map.entry("knowledge_", "knowledge"),
            Map.entry("employer_", "employer"),
            Map.entry("survey", "surveys"),
            // Which scheduled job ran last, and where (shared.SingleRun, V41).
            Map.entry("shared_", "shared"));

    /** What each module lets others read: its published views, and tables a foreign key must point at. */
    static final Map<String, Set<String>> PUBLISHED = Map.of(
            "reference",
            Set.of(
                    "reference_county",
                    "reference_municipality",
                    "reference_nace_code",
                    "reference_sector",
                    "reference_institutional_sector",
                    "reference_industry_programme",
                    "reference_industry_programme_nace"),
            "register",
            Set.of("register_enterprise", "register_workplace"),
            "statistics",
            Set.of(
                    "statistics_published_quarter",
                    "statistics_enterprise_quarter",
                    "statistics_category_quarter",
                    "sick_leave_snapshot"),
            "cases",
            Set.of(
                    "case_enterprise",
                    "case_summary",
                    "case_collaboration",
                    "case_collaboration_unit",
                    "case_collaboration_milestone",
                    "case_activity"),
            "surveys",
            // Completed surveys' mean agreement per theme, masked below three respondents: the suggestions read it.
            Set.of("survey_theme_result"),
            "knowledge",
            // The service catalogue: plans and survey questions point at its codes with a foreign key; the library's
            // items (id, type, title): plan sub-themes point at them and name them.
            Set.of("ia_service", "knowledge_item"),
            "trials",
            // Running before-contact trials' arms per workplace: the call list's marker, the case start's link.
            Set.of("trial_outreach"));

    /**
     * Tables another module may point a foreign key at without reading them: a key names an identity, not columns.
     * The reference tables are the enterprise's and the units' keys; a survey belongs to a case's collaboration.
     */
    static final Map<String, Set<String>> KEYS = Map.of(
            "reference", Set.of("county", "municipality", "sector", "industry_programme"),
            "cases", Set.of("ia_case", "collaboration"));

    static Optional<String> owner(String table) {
        String name = table.toLowerCase();
        if (OWNER_BY_NAME.containsKey(name)) {
            return Optional.of(OWNER_BY_NAME.get(name));
        }
        return OWNER_BY_PREFIX.entrySet().stream()
                .filter(entry -> name.startsWith(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
