package no.iaverk.demo.internal;

import static no.iaverk.demo.internal.DemoCases.ADVISER;
import static no.iaverk.demo.internal.DemoCases.SUPERUSER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Activity.Channel;
import no.iaverk.cases.Activity.Participant;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaboration.ServiceArea;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewActivity;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.security.AuditLog;
import no.iaverk.shared.OrgNumber;
import no.iaverk.trials.Arm;
import no.iaverk.trials.Enrolment;
import no.iaverk.trials.Enrolments;
import no.iaverk.trials.Participation;
import no.iaverk.trials.StratumFactor;
import no.iaverk.trials.TrialDesign;
import no.iaverk.trials.TrialDesigns;
import no.iaverk.trials.TrialExceptions;
import no.iaverk.trials.TrialKind;
import no.iaverk.trials.TrialStart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's running trial, through the services a superuser and a caseworker use: an AMONG_WILLING trial of digital
 * tools for the leaders against close follow-up with the parties, among Vestland's workplaces of 20 or more employees,
 * stratified by size band; twelve enterprises enrolled (more if one arm is still empty) (their arms drawn from the sealed sequence like any other), and
 * the first six given a collaboration with activities, one of them departing from its arm so adherence has something to
 * flag. No follow-up year is published yet, so the analysis shows why it has no figures.
 */
@Component
class DemoTrial {

    static final int ENROLLED = 12;

    private final TrialDesigns designs;
    private final TrialStart starts;
    private final Enrolments enrolments;
    private final Cases cases;
    private final Collaborations collaborations;
    private final Activities activities;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoTrial(
            TrialDesigns designs,
            TrialStart starts,
            Enrolments enrolments,
            Cases cases,
            Collaborations collaborations,
            Activities activities,
            JdbcClient jdbc,
            Clock clock) {
        this.designs = designs;
        this.starts = starts;
        this.enrolments = enrolments;
        this.cases = cases;
        this.collaborations = collaborations;
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the number of enterprises enrolled. */
    int create() {
        long trial = designs.design(
                        new TrialDesign(
                                "Digitalt eller tett oppfølgingsløp",
                                "Gir et tett oppfølgingsløp med partene lavere sykefravær enn digitale verktøy for"
                                        + " lederne, første og andre år etter innmeldingen?",
                                TrialKind.AMONG_WILLING,
                                List.of(
                                        new Arm(
                                                "DIGITAL",
                                                "Digitale verktøy",
                                                6,
                                                Participation.LEADERS_ONLY,
                                                true,
                                                new BigDecimal("12"),
                                                "Lederne får digitale verktøy og to digitale møter med rådgiver.",
                                                1),
                                        new Arm(
                                                "TETT",
                                                "Tett oppfølging",
                                                12,
                                                Participation.PARTY_GROUP,
                                                false,
                                                new BigDecimal("60"),
                                                "Partsgruppen møter rådgiver jevnlig gjennom et år.",
                                                1)),
                                null,
                                Map.of("county", DemoCases.VESTLAND_COUNTY, "minEmployees", "20"),
                                List.of(StratumFactor.SIZE_BAND)),
                        SUPERUSER)
                .id();
        starts.start(trial, SUPERUSER);
        int enrolled = 0;
        boolean departed = false;
        Set<String> arms = new HashSet<>();
        for (String org : candidates()) {
            if (enrolled >= ENROLLED && arms.size() == 2) {
                break;
            }
            try {
                Enrolment enrolment =
                        enrolments.enrol(trial, OrgNumber.of(org), ADVISER, AuditLog.Channel.API, "/demo");
                if (enrolled < ENROLLED / 2) {
                    boolean departs = !departed && enrolment.arm().equals("DIGITAL");
                    assist(enrolment, org, departs);
                    departed |= departs;
                }
                arms.add(enrolment.arm());
                enrolled++;
            } catch (TrialExceptions.AlreadyEnrolled | TrialExceptions.NotEnrollable e) {
                // Another workplace of the same legal unit, or not on the frozen list: the next one.
            }
        }
        return enrolled;
    }

    /** Vestland's larger workplaces without a case, the ones with most lost workdays first. */
    private List<String> candidates() {
        return jdbc.sql("""
                        select w.org_number from register_workplace w
                        left join sick_leave_snapshot s on s.org_number = w.org_number
                        where w.county_number = :county and w.employees >= 20
                          and not exists (select 1 from case_enterprise c where c.org_number = w.org_number)
                        order by s.lost desc nulls last, w.org_number limit 60
                        """)
                .param("county", DemoCases.VESTLAND_COUNTY)
                .query(String.class)
                .list();
    }

    /** A collaboration in the arm's form from last month; one that departs meets in person, against a digital arm. */
    private void assist(Enrolment enrolment, String org, boolean departs) {
        long caseId = enrolment.caseId();
        for (CaseEventType type :
                List.of(CaseEventType.TAKE_OWNERSHIP, CaseEventType.TO_CONTACTING, CaseEventType.TO_MAPPING)) {
            cases.handle(caseId, CaseCommand.of(type, cases.get(caseId).version()), ADVISER);
        }
        LocalDate start = LocalDate.now(clock).minusMonths(1);
        boolean digital = enrolment.arm().equals("DIGITAL");
        Collaboration collaboration = collaborations.create(
                caseId,
                new NewCollaboration(
                        "Forsøk: " + enrolment.armName(),
                        Collaboration.Level.UNIT,
                        List.of(org),
                        Collaboration.InitiatedBy.CENTRE,
                        List.of(ServiceArea.REDUCE_SICK_LEAVE),
                        start,
                        start.plusMonths(digital ? 6 : 12),
                        "Partene følger opp sykefraværet selv",
                        Collaboration.AssistanceForm.PROCESS,
                        null),
                ADVISER);
        Channel channel = digital && !departs ? Channel.DIGITAL_MEETING : Channel.PHYSICAL_MEETING;
        List<Participant> participants = digital
                ? List.of(Participant.LEADER)
                : List.of(Participant.LEADER, Participant.UNION_REPRESENTATIVE, Participant.SAFETY_REPRESENTATIVE);
        activities.register(
                caseId,
                new NewActivity(
                        collaboration.id(),
                        LocalDateTime.of(start.plusDays(7), LocalTime.of(10, 0)),
                        channel,
                        ServiceArea.REDUCE_SICK_LEAVE,
                        participants,
                        null,
                        TypicalHours.of(channel),
                        Activity.Status.DONE,
                        "Oppstartsmøte i forsøket"),
                ADVISER);
    }
}
