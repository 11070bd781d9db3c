package no.iaverk.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the suggestion rules need: the collaboration from the cases' views, its workplaces from the register's,
 * their sick leave and the benchmarks from the statistics' views, the needs assessment from the surveys' view
 * ({@code survey_theme_result}), and the library's own items. Only published views of other modules.
 */
@Repository
public class SuggestionQueries {

    /** An item as the rules see it. */
    public record Candidate(
            String id,
            KnowledgeType type,
            String title,
            @Nullable KnowledgeScope scope,
            List<String> industryProgrammes,
            List<String> themes,
            @Nullable EvidenceStrength evidence,
            @Nullable String serviceTheme,
            @Nullable String serviceArea) {}

    private final JdbcClient jdbc;

    SuggestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CollaborationProfile> profile(long collaborationId) {
        record Head(long caseId, String unit, String orgNumber, String level, List<String> serviceAreas) {}
        Optional<Head> head = jdbc.sql("""
                        select c.case_id, s.unit_code, c.org_number, c.level, c.service_areas
                        from case_collaboration c join case_summary s on s.case_id = c.case_id
                        where c.collaboration_id = :id
                        """)
                .param("id", collaborationId)
                .query((rs, row) -> new Head(
                        rs.getLong("case_id"),
                        rs.getString("unit_code"),
                        rs.getString("org_number"),
                        rs.getString("level"),
                        strings(rs.getArray("service_areas"))))
                .optional();
        return head.map(h -> {
            List<CollaborationProfile.Unit> units = units(collaborationId);
            String programme = mostCommon(units, CollaborationProfile.Unit::programme);
            String industry = mostCommon(units, CollaborationProfile.Unit::industry);
            List<Quarter> window = window();
            // The window and the quarter a year before the newest, for the trend.
            List<Integer> periods = window.isEmpty()
                    ? List.of()
                    : Stream.concat(window.stream(), Stream.of(window.get(0).yearBefore()))
                            .map(Quarter::period)
                            .toList();
            return new CollaborationProfile(
                    collaborationId,
                    h.caseId(),
                    h.unit(),
                    h.orgNumber(),
                    h.level(),
                    h.serviceAreas(),
                    units,
                    programme,
                    programme == null ? null : programmeName(programme),
                    industry,
                    window,
                    unitFigures(units, periods),
                    benchmarkFigures(programme, industry, periods),
                    needsAssessment(collaborationId));
        });
    }

    /**
     * A unit-level collaboration's chosen sub-units; a top-level one (or one that names none) covers the enterprise's
     * workplaces: the enterprise itself when it is one, and its living sub-units.
     */
    private List<CollaborationProfile.Unit> units(long collaborationId) {
        return jdbc.sql("""
                        with chosen as (
                            select u.org_number from case_collaboration_unit u
                            join case_collaboration c on c.collaboration_id = u.collaboration_id
                            where u.collaboration_id = :id and c.level = 'UNIT'
                        ), covered as (
                            select org_number from chosen
                            union
                            select w.org_number
                            from case_collaboration c
                            join register_workplace w on w.org_number = c.org_number or w.parent_org_number = c.org_number
                            where c.collaboration_id = :id and not exists (select 1 from chosen)
                        )
                        select v.org_number, e.name, e.industry_programme, e.industry
                        from covered v left join register_enterprise e on e.org_number = v.org_number
                        order by v.org_number
                        """)
                .param("id", collaborationId)
                .query((rs, row) -> new CollaborationProfile.Unit(
                        rs.getString("org_number").strip(),
                        rs.getString("name"),
                        rs.getString("industry_programme"),
                        rs.getString("industry")))
                .list();
    }

    /** The value most units share (ties: the first code in order); null when none has one. */
    private static @Nullable String mostCommon(
            List<CollaborationProfile.Unit> units, Function<CollaborationProfile.Unit, @Nullable String> value) {
        Map<String, Long> counts = units.stream()
                .map(value)
                .filter(v -> v != null)
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private @Nullable String programmeName(String code) {
        return jdbc.sql("select name from reference_industry_programme where code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<Quarter> window() {
        return jdbc.sql(
                        "select year, quarter from statistics_published_quarter order by year desc, quarter desc limit 4")
                .query((rs, row) -> Quarter.of(rs.getInt("year"), rs.getInt("quarter")))
                .list();
    }

    private List<CollaborationProfile.Figures> unitFigures(
            List<CollaborationProfile.Unit> units, List<Integer> periods) {
        if (units.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select 'WORKPLACE' as kind, org_number as code, year, quarter, masked, lost, possible,
                               short_term_lost, long_term_lost
                        from statistics_enterprise_quarter
                        where org_number = any(:orgs) and year * 10 + quarter = any(:periods)
                        """)
                .param(
                        "orgs",
                        units.stream().map(CollaborationProfile.Unit::orgNumber).toArray(String[]::new))
                .param("periods", periods.toArray(Integer[]::new))
                .query((rs, row) -> figures(rs))
                .list();
    }

    private List<CollaborationProfile.Figures> benchmarkFigures(
            @Nullable String programme, @Nullable String industry, List<Integer> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select category as kind, code, year, quarter, masked, lost, possible,
                               short_term_lost, long_term_lost
                        from statistics_category_quarter
                        where ((category = 'INDUSTRY_PROGRAMME' and code = :programme)
                               or (category = 'INDUSTRY' and code = :industry)
                               or category = 'COUNTRY')
                          and year * 10 + quarter = any(:periods)
                        """)
                .param("programme", programme)
                .param("industry", industry)
                .param("periods", periods.toArray(Integer[]::new))
                .query((rs, row) -> figures(rs))
                .list();
    }

    private static CollaborationProfile.Figures figures(ResultSet rs) throws SQLException {
        return new CollaborationProfile.Figures(
                rs.getString("kind"),
                rs.getString("code").strip(),
                Quarter.of(rs.getInt("year"), rs.getInt("quarter")),
                rs.getBoolean("masked"),
                rs.getBigDecimal("lost"),
                rs.getBigDecimal("possible"),
                rs.getBigDecimal("short_term_lost"),
                rs.getBigDecimal("long_term_lost"));
    }

    /** The latest completed needs assessment of the collaboration, theme by theme; null when there is none. */
    private CollaborationProfile.@Nullable NeedsAssessment needsAssessment(long collaborationId) {
        record Row(long surveyId, @Nullable LocalDate completedOn, CollaborationProfile.ThemeResult theme) {}
        List<Row> rows = jdbc.sql("""
                        with latest as (
                            select survey_id, completed_at from survey_theme_result
                            where collaboration_id = :id and kind = 'NEEDS_ASSESSMENT'
                            order by completed_at desc nulls last, survey_id desc limit 1
                        )
                        select r.survey_id, (l.completed_at at time zone 'Europe/Oslo')::date as completed_on,
                               r.theme_code, r.theme_name, r.respondents, r.mean_agreement
                        from survey_theme_result r join latest l on l.survey_id = r.survey_id
                        order by r.theme_code
                        """)
                .param("id", collaborationId)
                .query((rs, row) -> {
                    var day = rs.getDate("completed_on");
                    return new Row(
                            rs.getLong("survey_id"),
                            day == null ? null : day.toLocalDate(),
                            new CollaborationProfile.ThemeResult(
                                    rs.getString("theme_code"),
                                    rs.getString("theme_name"),
                                    rs.getLong("respondents"),
                                    rs.getBigDecimal("mean_agreement")));
                })
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        return new CollaborationProfile.NeedsAssessment(
                rows.get(0).surveyId(),
                rows.get(0).completedOn(),
                rows.stream().map(Row::theme).toList());
    }

    /** Every item of the library with what the rules match on. */
    public List<Candidate> candidates() {
        return jdbc.sql("""
                        select id, type, title, scope, industry_programmes, themes, evidence,
                               attributes ->> 'catalogueTheme' as catalogue_theme,
                               attributes ->> 'serviceArea' as service_area, key
                        from knowledge_item
                        """)
                .query((rs, row) -> {
                    String scope = rs.getString("scope");
                    String evidence = rs.getString("evidence");
                    KnowledgeType type = KnowledgeType.valueOf(rs.getString("type"));
                    // An IA service belongs to its catalogue theme; a theme's own item (key = theme code) to itself.
                    String serviceTheme = type != KnowledgeType.IA_SERVICE
                            ? null
                            : rs.getString("catalogue_theme") != null
                                    ? rs.getString("catalogue_theme")
                                    : rs.getString("key");
                    return new Candidate(
                            rs.getString("id"),
                            type,
                            rs.getString("title"),
                            scope == null ? null : KnowledgeScope.valueOf(scope),
                            strings(rs.getArray("industry_programmes")),
                            strings(rs.getArray("themes")),
                            evidence == null ? null : EvidenceStrength.valueOf(evidence),
                            serviceTheme,
                            type == KnowledgeType.IA_SERVICE ? rs.getString("service_area") : null);
                })
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
