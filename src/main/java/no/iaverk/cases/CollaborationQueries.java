package no.iaverk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaboration.KnowledgeAttachment;
import no.iaverk.cases.Collaboration.Milestone;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.PlanItem;
import no.iaverk.cases.Collaboration.PlanStatus;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.ServiceCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a case's collaborations whole: each with every milestone and its plan over the whole service catalogue. */
@Component
class CollaborationQueries {

    private final JdbcClient jdbc;
    private final ServiceCatalogue catalogue;

    CollaborationQueries(JdbcClient jdbc, ServiceCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    List<Collaboration> forCase(long caseId) {
        Map<Long, List<Milestone>> milestones = milestones(caseId);
        Map<Long, List<PlanItem>> plans = plans(caseId);
        return jdbc.sql("select * from collaboration where case_id = :caseId order by start_date, id")
                .param("caseId", caseId)
                .query((rs, row) -> collaboration(rs, milestones, plans))
                .list();
    }

    boolean serviceExists(String code) {
        return catalogue.exists(code);
    }

    private Map<Long, List<Milestone>> milestones(long caseId) {
        Map<Long, Map<MilestoneKind, Milestone>> stored = new HashMap<>();
        jdbc.sql("""
                select m.* from collaboration_milestone m join collaboration c on c.id = m.collaboration_id
                where c.case_id = :caseId
                """).param("caseId", caseId).query(rs -> {
            var kind = MilestoneKind.valueOf(rs.getString("kind"));
            stored.computeIfAbsent(rs.getLong("collaboration_id"), c -> new LinkedHashMap<>())
                    .put(
                            kind,
                            new Milestone(kind, rs.getObject("date", LocalDate.class), rs.getBoolean("not_relevant")));
        });
        Map<Long, List<Milestone>> all = new HashMap<>();
        stored.forEach((collaboration, kinds) -> all.put(collaboration, everyMilestone(kinds)));
        return all;
    }

    private static List<Milestone> everyMilestone(Map<MilestoneKind, Milestone> stored) {
        List<Milestone> all = new ArrayList<>();
        for (MilestoneKind kind : MilestoneKind.values()) {
            all.add(stored.getOrDefault(kind, new Milestone(kind, null, false)));
        }
        return all;
    }

    /** Every collaboration's plan over the whole catalogue, what is not chosen yet as not included. */
    private Map<Long, List<PlanItem>> plans(long caseId) {
        Map<Long, Map<String, List<KnowledgeAttachment>>> attached = attachments(caseId);
        Map<Long, Map<String, PlanItem>> chosen = new HashMap<>();
        jdbc.sql("""
                select p.* from plan_item p join collaboration c on c.id = p.collaboration_id
                where c.case_id = :caseId
                """).param("caseId", caseId).query(rs -> {
            chosen.computeIfAbsent(rs.getLong("collaboration_id"), c -> new HashMap<>())
                    .put(
                            rs.getString("service_code"),
                            new PlanItem(
                                    rs.getString("service_code"),
                                    null,
                                    "",
                                    rs.getBoolean("included"),
                                    rs.getObject("start_date", LocalDate.class),
                                    rs.getObject("end_date", LocalDate.class),
                                    PlanStatus.valueOf(rs.getString("status")),
                                    List.of()));
        });
        Map<Long, List<PlanItem>> plans = new HashMap<>();
        chosen.forEach((collaboration, items) ->
                plans.put(collaboration, plan(items, attached.getOrDefault(collaboration, Map.of()))));
        return plans;
    }

    /**
     * The knowledge attached to the case's plans, by collaboration and service code, oldest first. The library's
     * {@code knowledge_item} is published (id, type, title), so its titles come in the same query.
     */
    private Map<Long, Map<String, List<KnowledgeAttachment>>> attachments(long caseId) {
        Map<Long, Map<String, List<KnowledgeAttachment>>> attached = new HashMap<>();
        jdbc.sql("""
                select a.collaboration_id, a.service_code, a.item_id, i.type, i.title, a.attached_by, a.attached_at
                from plan_item_knowledge a
                join collaboration c on c.id = a.collaboration_id
                join knowledge_item i on i.id = a.item_id
                where c.case_id = :caseId
                order by a.attached_at, a.item_id
                """).param("caseId", caseId).query(rs -> {
            attached.computeIfAbsent(rs.getLong("collaboration_id"), c -> new HashMap<>())
                    .computeIfAbsent(rs.getString("service_code"), code -> new ArrayList<>())
                    .add(new KnowledgeAttachment(
                            rs.getString("service_code"),
                            rs.getString("item_id"),
                            KnowledgeType.valueOf(rs.getString("type")),
                            rs.getString("title"),
                            rs.getString("attached_by"),
                            rs.getTimestamp("attached_at").toInstant()));
        });
        return attached;
    }

    private Collaboration collaboration(
            ResultSet rs, Map<Long, List<Milestone>> milestones, Map<Long, List<PlanItem>> plans) throws SQLException {
        long id = rs.getLong("id");
        String form = rs.getString("assistance_form");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Collaboration(
                id,
                rs.getLong("case_id"),
                rs.getString("name"),
                Collaboration.Level.valueOf(rs.getString("level")),
                CaseStore.strings(rs.getArray("unit_org_numbers")),
                Collaboration.InitiatedBy.valueOf(rs.getString("initiated_by")),
                CaseStore.strings(rs.getArray("service_areas")).stream()
                        .map(Collaboration.ServiceArea::valueOf)
                        .toList(),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class),
                rs.getString("exit_criterion"),
                form == null ? null : Collaboration.AssistanceForm.valueOf(form),
                rs.getString("goals"),
                Status.valueOf(rs.getString("status")),
                milestones.getOrDefault(id, everyMilestone(Map.of())),
                plans.getOrDefault(id, plan(Map.of(), Map.of())),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                (Long) rs.getObject("trial_id"),
                rs.getString("trial_arm"));
    }

    /**
     * A plan over the whole catalogue: the chosen items as chosen, the rest not included; an included sub-theme with
     * its attached knowledge (what is not included keeps its attachments hidden).
     */
    private List<PlanItem> plan(Map<String, PlanItem> chosen, Map<String, List<KnowledgeAttachment>> attached) {
        return catalogue.services().stream()
                .map(service -> {
                    PlanItem item = chosen.get(service.code());
                    return item == null
                            ? new PlanItem(
                                    service.code(),
                                    service.themeCode(),
                                    service.name(),
                                    false,
                                    null,
                                    null,
                                    PlanStatus.PLANNED,
                                    List.of())
                            : new PlanItem(
                                    service.code(),
                                    service.themeCode(),
                                    service.name(),
                                    item.included(),
                                    item.startDate(),
                                    item.endDate(),
                                    item.status(),
                                    item.included() && service.themeCode() != null
                                            ? List.copyOf(attached.getOrDefault(service.code(), List.of()))
                                            : List.of());
                })
                .toList();
    }
}
