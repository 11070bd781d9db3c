package no.iaverk.reports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaboration.AssistanceForm;
import no.iaverk.cases.Collaboration.InitiatedBy;
import no.iaverk.cases.Collaboration.Level;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.ServiceArea;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registrations behind the assistance report, read from the published views of cases and register: one row per
 * collaboration that was active on some day of the period, and per enterprise it counts for (the case's legal unit for
 * TOP, each listed unit for UNIT, or the case's enterprise when a UNIT-level one lists none).
 */
@Repository
class AssistanceRegistrations {

    /** One registration: a collaboration and one enterprise it counts for, with the facts the tables need. */
    record Registration(
            long collaborationId,
            long caseId,
            String orgNumber,
            @Nullable String enterpriseName,
            LocalDate startOn,
            @Nullable LocalDate endedOn,
            Level level,
            String unitCode,
            Collaboration.Status status,
            boolean ended,
            int months,
            InitiatedBy initiatedBy,
            Set<ServiceArea> serviceAreas,
            @Nullable AssistanceForm assistanceForm,
            ReportSector sector,
            IndustryCategory category,
            @Nullable String countyNumber,
            @Nullable String organisationForm,
            @Nullable String legalUnit,
            @Nullable String legalUnitForm,
            Set<MilestoneKind> milestones,
            Meetings meetings) {}

    /**
     * The meetings held in the collaboration by the period's end (done physical or digital meetings and gatherings), by
     * who took part, and the most units at one of its gatherings (null when none was held or none counted its units).
     */
    record Meetings(
            int withLeader,
            int withPartyGroup,
            int withStaff,
            @Nullable Integer largestGathering) {}

    // Active on some day of [from, to]: started by its end, and not ended before its start (ended_on is the last day).
    // Ended = completed or cancelled on or before the period's end; one that ended later was ongoing then. Months are
    // completed months from start to the end, or to the period's end for the ongoing.
    private static final String REGISTRATIONS = """
            with period_collaboration as (
                select c.collaboration_id, c.case_id, c.org_number as legal_org_number, c.level, c.initiated_by,
                       c.service_areas, c.assistance_form, c.start_on, c.ended_on, c.status, s.unit_code,
                       c.status in ('COMPLETED', 'CANCELLED') and c.ended_on <= :to as ended
                from case_collaboration c
                join case_summary s on s.case_id = c.case_id
                where c.start_on <= :to
                  and (c.ended_on is null or c.ended_on >= :from)
                  and (cast(:unit as text) is null or s.unit_code = cast(:unit as text))
            ),
            registration as (
                select p.*, coalesce(u.org_number, p.legal_org_number) as org_number
                from period_collaboration p
                left join case_collaboration_unit u on p.level = 'UNIT' and u.collaboration_id = p.collaboration_id
            ),
            -- The sector rule of ReportSector: the code of the enterprise, or of its legal unit for a sub-unit.
            enterprise_sector as (
                select e.org_number,
                       e.name,
                       -- The legal unit: the enterprise itself, or its parent for a sub-unit.
                       case when e.sub_unit and p.org_number is not null then p.org_number else e.org_number end
                           as legal_unit,
                       case when e.sub_unit and p.org_number is not null then p.organisation_form
                            else e.organisation_form end as legal_form,
                       e.county_number,
                       e.organisation_form,
                       e.nace_code,
                       e.industry_programme,
                       case
                           when coalesce(e.institutional_sector_code, p.institutional_sector_code) in ('1110', '1120')
                               then 'STATE_OWNED'
                           when coalesce(i.sector, e.sector, p.sector) = 1 then 'STATE'
                           when coalesce(i.sector, e.sector, p.sector) = 2 then 'MUNICIPAL'
                           else 'PRIVATE'
                       end as sector
                from register_enterprise e
                left join register_enterprise p on p.org_number = e.parent_org_number
                left join reference_institutional_sector i
                       on i.code = coalesce(e.institutional_sector_code, p.institutional_sector_code)
                where e.org_number in (
                    select org_number from registration
                    union
                    select u.org_number
                    from case_collaboration_unit u
                    join period_collaboration t on t.collaboration_id = u.collaboration_id)
            ),
            -- The meetings held (done, by the period's end) in each collaboration, by who took part: the leader, the
            -- party group (the leader with a union or safety representative), the staff; and its gatherings.
            activity_facts as (
                select a.collaboration_id,
                       count(*) filter (where 'LEADER' = any(a.participant_roles)) as leader_meetings,
                       count(*) filter (where 'LEADER' = any(a.participant_roles)
                                          and a.participant_roles
                                              && array['UNION_REPRESENTATIVE', 'SAFETY_REPRESENTATIVE']) as party_meetings,
                       count(*) filter (where 'STAFF' = any(a.participant_roles)) as staff_meetings,
                       max(a.unit_count) filter (where a.channel = 'GATHERING') as largest_gathering
                from case_activity a
                join period_collaboration t on t.collaboration_id = a.collaboration_id
                where a.status = 'DONE'
                  and a.date <= :to
                  and a.channel in ('PHYSICAL_MEETING', 'DIGITAL_MEETING', 'GATHERING')
                group by a.collaboration_id
            ),
            -- Stage 1 of report_industry_rule: each enterprise's category, the first rule by priority that holds.
            enterprise_category as (
                select s.*,
                       (select r.category
                        from report_industry_rule r
                        where r.when_categories is null
                          and (r.organisation_form is null or r.organisation_form = s.organisation_form)
                          and (r.industry_programme is null or r.industry_programme = s.industry_programme)
                          and (r.nace_prefix is null or s.nace_code like r.nace_prefix || '%')
                          and (r.division_from is null
                               or (s.nace_code ~ '^[0-9]{2}'
                                   and cast(left(s.nace_code, 2) as integer)
                                       between r.division_from and r.division_to))
                          and (r.sector is null or r.sector = s.sector)
                        order by r.priority
                        limit 1) as category
                from enterprise_sector s
            ),
            -- A collaboration whose listed units fall in more than one sector counts as SEVERAL, at its level; the
            -- same for categories («Flere bransjer»), and a top-level one whose units share one category takes it.
            collaboration_sectors as (
                select u.collaboration_id,
                       count(distinct coalesce(s.sector, 'PRIVATE')) as sectors,
                       count(distinct coalesce(s.category, 'OTHER_INDUSTRIES')) as categories,
                       min(coalesce(s.category, 'OTHER_INDUSTRIES')) as category
                from case_collaboration_unit u
                join period_collaboration t on t.collaboration_id = u.collaboration_id
                left join enterprise_category s on s.org_number = u.org_number
                group by u.collaboration_id
            ),
            registration_facts as (
                select r.*,
                       s.name as enterprise_name,
                       s.county_number,
                       s.organisation_form,
                       s.legal_unit,
                       s.legal_form,
                       case when t.sectors > 1 then 'SEVERAL' else coalesce(s.sector, 'PRIVATE') end as sector,
                       case
                           when t.categories > 1 then 'SEVERAL_INDUSTRIES'
                           when r.level = 'TOP' and t.categories = 1 then t.category
                           else coalesce(s.category, 'OTHER_INDUSTRIES')
                       end as own_category
                from registration r
                left join enterprise_category s on s.org_number = r.org_number
                left join collaboration_sectors t on t.collaboration_id = r.collaboration_id
            )
            select r.collaboration_id,
                   r.case_id,
                   r.org_number,
                   r.enterprise_name,
                   r.start_on,
                   r.ended_on,
                   r.level,
                   r.unit_code,
                   r.status,
                   r.ended,
                   (extract(year from a.age) * 12 + extract(month from a.age))::int as months,
                   r.initiated_by,
                   r.service_areas,
                   r.assistance_form,
                   r.sector,
                   -- Stage 2 of report_industry_rule: a rule on the registration may replace its category.
                   coalesce((select x.category
                             from report_industry_rule x
                             where r.own_category = any(x.when_categories)
                               and (x.level is null or x.level = r.level)
                               and (x.sector is null or x.sector = r.sector)
                             order by x.priority
                             limit 1),
                            r.own_category) as category,
                   r.county_number,
                   r.organisation_form,
                   r.legal_unit,
                   r.legal_form,
                   coalesce(f.leader_meetings, 0) as leader_meetings,
                   coalesce(f.party_meetings, 0) as party_meetings,
                   coalesce(f.staff_meetings, 0) as staff_meetings,
                   f.largest_gathering,
                   array(select m.kind
                         from case_collaboration_milestone m
                         where m.collaboration_id = r.collaboration_id
                           and m.date <= :to) as milestones
            from registration_facts r
            cross join lateral (
                select age(case when r.ended then r.ended_on else cast(:to as date) end, r.start_on) as age) a
            left join activity_facts f on f.collaboration_id = r.collaboration_id
            """;

    private final JdbcClient jdbc;

    AssistanceRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Registration> active(LocalDate from, LocalDate to, @Nullable String unit) {
        return jdbc.sql(REGISTRATIONS)
                .param("from", from)
                .param("to", to)
                .param("unit", unit)
                .query(AssistanceRegistrations::registration)
                .list();
    }

    /** Today's municipalities: what the municipalities reached are out of. */
    int municipalities() {
        return jdbc.sql("select count(*) from reference_municipality")
                .query(Integer.class)
                .single();
    }

    /** County names by number, for the by-county rows. */
    Map<String, String> countyNames() {
        return jdbc
                .sql("select number, name from reference_county")
                .query((rs, row) -> Map.entry(rs.getString("number"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Registration registration(ResultSet rs, int row) throws SQLException {
        String form = rs.getString("assistance_form");
        java.sql.Date endedOn = rs.getDate("ended_on");
        return new Registration(
                rs.getLong("collaboration_id"),
                rs.getLong("case_id"),
                rs.getString("org_number"),
                rs.getString("enterprise_name"),
                rs.getDate("start_on").toLocalDate(),
                endedOn == null ? null : endedOn.toLocalDate(),
                Level.valueOf(rs.getString("level")),
                rs.getString("unit_code"),
                Collaboration.Status.valueOf(rs.getString("status")),
                rs.getBoolean("ended"),
                rs.getInt("months"),
                InitiatedBy.valueOf(rs.getString("initiated_by")),
                enums(rs.getArray("service_areas"), ServiceArea.class),
                form == null ? null : AssistanceForm.valueOf(form),
                ReportSector.valueOf(rs.getString("sector")),
                IndustryCategory.valueOf(rs.getString("category")),
                rs.getString("county_number"),
                rs.getString("organisation_form"),
                rs.getString("legal_unit"),
                rs.getString("legal_form"),
                enums(rs.getArray("milestones"), MilestoneKind.class),
                new Meetings(
                        rs.getInt("leader_meetings"),
                        rs.getInt("party_meetings"),
                        rs.getInt("staff_meetings"),
                        rs.getObject("largest_gathering", Integer.class)));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream((Object[]) array.getArray())
                .map(value -> Enum.valueOf(type, (String) value))
                .forEach(values::add);
        return values;
    }
}
