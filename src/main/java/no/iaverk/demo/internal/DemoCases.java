package no.iaverk.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Activity.Channel;
import no.iaverk.cases.Activity.Participant;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.ClosingReason;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.PlanStatus;
import no.iaverk.cases.Collaboration.ServiceArea;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.Collaborations.PlanChoice;
import no.iaverk.cases.IaCase;
import no.iaverk.cases.Justification;
import no.iaverk.cases.NewActivity;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.cases.PlanKnowledge;
import no.iaverk.employer.DocumentPublishing;
import no.iaverk.employer.PublishDocument;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo cases for the demo users' unit: one or more in every status, with collaborations, plans (with knowledge from
 * the library on their sub-themes), milestones and a contact log, made through the same services the pages and the API use, for the workplaces in the unit's county
 * with the most lost workdays that have no case in the history yet.
 */
@Component
class DemoCases {

    static final String UNIT = "VESTLAND";
    static final String VESTLAND_COUNTY = "46";
    static final CurrentUser SUPERUSER = new CurrentUser("superbruker", "Siri Superbruker", Role.SUPERUSER, UNIT);
    static final CurrentUser ADVISER = new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, UNIT);

    /** The library items the demo plans carry: sub-theme, item id. */
    static final List<String[]> KNOWLEDGE = List.of(
            new String[] {"PARTY_COOPERATION_ROLES", "EVIDENCE-P080"},
            new String[] {"SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "IA_SERVICE-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS"},
            new String[] {"SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "MEASURE-M14"},
            new String[] {"SICK_LEAVE_LONG_OR_FREQUENT", "MEASURE-S4"},
            new String[] {"SICK_LEAVE_LONG_OR_FREQUENT", "MEASURE-P1"});

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Collaborations collaborations;
    private final Activities activities;
    private final PlanKnowledge planKnowledge;
    private final DemoSurveys demoSurveys;
    private final DemoEmployers demoEmployers;
    private final DocumentPublishing publishing;
    private final Clock clock;

    DemoCases(
            JdbcClient jdbc,
            Cases cases,
            Collaborations collaborations,
            Activities activities,
            PlanKnowledge planKnowledge,
            DemoSurveys demoSurveys,
            DemoEmployers demoEmployers,
            DocumentPublishing publishing,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.collaborations = collaborations;
        this.activities = activities;
        this.planKnowledge = planKnowledge;
        this.demoSurveys = demoSurveys;
        this.demoEmployers = demoEmployers;
        this.publishing = publishing;
        this.clock = clock;
    }

    /** Returns how many cases were made. */
    int create() {
        List<String> enterprises = jdbc.sql("""
                        select w.org_number from register_workplace w
                        left join sick_leave_snapshot s on s.org_number = w.org_number
                        where w.county_number = :county and w.employees > 0
                          and not exists (select 1 from case_enterprise c where c.org_number = w.org_number)
                        order by s.lost desc nulls last, w.employees desc, w.org_number limit 9
                        """)
                .param("county", VESTLAND_COUNTY)
                .query(String.class)
                .list();
        if (enterprises.size() < 9) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        start(enterprises.get(0), Background.CENTRE_INITIATIVE);
        start(enterprises.get(1), Background.ENTERPRISE_REQUEST);

        IaCase owned = owned(enterprises.get(2));
        activity(owned, null, today.plusDays(5), Channel.PHONE, Activity.Status.PLANNED, "Ringe daglig leder");

        IaCase contacting = move(owned(enterprises.get(3)), CaseEventType.TO_CONTACTING);
        activity(contacting, null, today.minusDays(3), Channel.EMAIL, Activity.Status.DONE, "Sendt invitasjon");
        activity(
                contacting, null, today.minusDays(1), Channel.PHONE, Activity.Status.PLANNED, "Følge opp invitasjonen");

        IaCase mapping = move(move(owned(enterprises.get(4)), CaseEventType.TO_CONTACTING), CaseEventType.TO_MAPPING);
        Collaboration mapped = collaboration(mapping, "Hele virksomheten", today.plusMonths(9));
        milestone(mapping, mapped, MilestoneKind.INITIAL_MEETING, today.minusDays(7));
        activity(
                mapping,
                mapped,
                today.minusDays(7),
                Channel.PHYSICAL_MEETING,
                Activity.Status.DONE,
                "Innledende møte med ledelse, tillitsvalgte og verneombud");

        IaCase assisting = assisting(enterprises.get(5));
        Collaboration running = collaboration(assisting, "Avdeling sykehjem", today.plusMonths(6));
        plan(assisting, running, today);
        milestone(assisting, running, MilestoneKind.INITIAL_MEETING, today.minusMonths(2));
        milestone(
                assisting,
                running,
                MilestoneKind.NEEDS_ASSESSMENT,
                today.minusMonths(2).plusDays(7));
        milestone(assisting, running, MilestoneKind.PLAN, today.minusMonths(1));
        milestone(assisting, running, MilestoneKind.ASSISTANCE_STARTED, today.minusWeeks(3));
        activity(
                assisting,
                running,
                today.minusWeeks(3),
                Channel.GATHERING,
                Activity.Status.DONE,
                "Samling om oppfølgingssamtaler");
        activity(
                assisting,
                running,
                today.plusWeeks(2),
                Channel.DIGITAL_MEETING,
                Activity.Status.PLANNED,
                "Arbeidsmøte i partssamarbeidet");
        cases.handle(
                assisting.id(),
                CaseCommand.of(CaseEventType.FOLLOW, cases.get(assisting.id()).version()),
                SUPERUSER);

        IaCase completed = assisting(enterprises.get(6));
        Collaboration done = collaboration(completed, "Hele virksomheten", today.plusMonths(1));
        plan(completed, done, today);
        milestone(completed, done, MilestoneKind.EVALUATION, today.minusDays(2));
        activity(
                completed,
                done,
                today.minusDays(2),
                Channel.PHYSICAL_MEETING,
                Activity.Status.DONE,
                "Evaluering med partene");
        Survey needs = demoSurveys.answered(completed.id(), done.id(), SurveyType.NEEDS_ASSESSMENT, ADVISER, 1);
        demoSurveys.answered(completed.id(), done.id(), SurveyType.EVALUATION, ADVISER, 2);
        // The adviser publishes the plan, and the needs assessment's results, to the enterprise while the case is
        // open (publishing asks for an open case), as on the collaboration page.
        publishing.publish(completed.id(), done.id(), new PublishDocument("PLAN", null), ADVISER);
        if (DemoSurveys.PARTICIPANTS >= DocumentPublishing.MINIMUM_RESPONDENTS) {
            publishing.publish(completed.id(), done.id(), new PublishDocument("NEEDS_ASSESSMENT", needs.id()), ADVISER);
        }
        collaborations.complete(completed.id(), done.id(), ADVISER);
        move(completed, CaseEventType.COMPLETE);

        IaCase declined = owned(enterprises.get(7));
        activity(declined, null, today.minusDays(10), Channel.PHONE, Activity.Status.DONE, "Ikke interessert nå");
        cases.handle(
                declined.id(),
                new CaseCommand(
                        CaseEventType.NOT_RELEVANT,
                        cases.get(declined.id()).version(),
                        ClosingReason.ENTERPRISE_DECLINES,
                        List.of(Justification.NO_BINDING_COLLABORATION_WANTED),
                        today.plusMonths(6)),
                ADVISER);

        IaCase refused = owned(enterprises.get(8));
        cases.handle(
                refused.id(),
                new CaseCommand(
                        CaseEventType.NOT_RELEVANT,
                        refused.version(),
                        ClosingReason.NAV_DECLINES,
                        List.of(Justification.NO_PARTY_DIALOGUE),
                        null),
                ADVISER);

        // The employer of the completed collaboration with answered surveys sees it from its own side.
        demoEmployers.grant(completed.orgNumber());
        return 9;
    }

    private IaCase start(String orgNumber, Background background) {
        return cases.start(orgNumber, background, SUPERUSER);
    }

    private IaCase owned(String orgNumber) {
        IaCase started = start(orgNumber, Background.CENTRE_INITIATIVE);
        return cases.handle(started.id(), CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, started.version()), ADVISER);
    }

    private IaCase assisting(String orgNumber) {
        IaCase mapping = move(move(owned(orgNumber), CaseEventType.TO_CONTACTING), CaseEventType.TO_MAPPING);
        return move(mapping, CaseEventType.TO_ASSISTING);
    }

    private IaCase move(IaCase iaCase, CaseEventType type) {
        return cases.handle(
                iaCase.id(), CaseCommand.of(type, cases.get(iaCase.id()).version()), ADVISER);
    }

    private Collaboration collaboration(IaCase iaCase, String name, LocalDate plannedEnd) {
        LocalDate today = LocalDate.now(clock);
        return collaborations.create(
                iaCase.id(),
                new NewCollaboration(
                        name,
                        Collaboration.Level.UNIT,
                        List.of(),
                        Collaboration.InitiatedBy.CENTRE,
                        List.of(ServiceArea.REDUCE_SICK_LEAVE),
                        today.minusMonths(2),
                        plannedEnd,
                        "Partene følger opp sykefraværet selv med faste møter og egne rutiner",
                        Collaboration.AssistanceForm.PROCESS,
                        null),
                ADVISER);
    }

    private void plan(IaCase iaCase, Collaboration collaboration, LocalDate today) {
        collaborations.savePlan(
                iaCase.id(),
                collaboration.id(),
                "Lavere langtidsfravær og et godt partssamarbeid",
                List.of(
                        new PlanChoice(
                                "PARTY_COOPERATION_ROLES",
                                true,
                                today.minusMonths(1),
                                today.plusMonths(2),
                                PlanStatus.IN_PROGRESS),
                        new PlanChoice(
                                "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS",
                                true,
                                today.minusMonths(1),
                                today.plusMonths(3),
                                PlanStatus.IN_PROGRESS),
                        new PlanChoice(
                                "SICK_LEAVE_LONG_OR_FREQUENT",
                                true,
                                today.plusMonths(1),
                                today.plusMonths(4),
                                PlanStatus.PLANNED)),
                ADVISER);
        // Knowledge from the library on the sub-themes, attached the way an adviser does on the page.
        for (String[] attachment : KNOWLEDGE) {
            planKnowledge.attach(iaCase.id(), collaboration.id(), attachment[0], attachment[1], ADVISER);
        }
    }

    private void milestone(IaCase iaCase, Collaboration collaboration, MilestoneKind kind, LocalDate date) {
        collaborations.setMilestone(iaCase.id(), collaboration.id(), kind, date, false, ADVISER);
    }

    private void activity(
            IaCase iaCase,
            Collaboration collaboration,
            LocalDate date,
            Channel channel,
            Activity.Status status,
            String note) {
        activities.register(
                iaCase.id(),
                new NewActivity(
                        collaboration == null ? null : collaboration.id(),
                        LocalDateTime.of(date, LocalTime.of(10, 0)),
                        channel,
                        ServiceArea.REDUCE_SICK_LEAVE,
                        List.of(
                                Participant.LEADER,
                                Participant.UNION_REPRESENTATIVE,
                                Participant.SAFETY_REPRESENTATIVE),
                        channel == Channel.GATHERING ? 4 : null,
                        status == Activity.Status.DONE ? TypicalHours.of(channel) : null,
                        status,
                        note),
                ADVISER);
    }
}
