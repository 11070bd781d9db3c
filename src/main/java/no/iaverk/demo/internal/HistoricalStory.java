package no.iaverk.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Activity.Channel;
import no.iaverk.cases.Activity.Participant;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaboration.AssistanceForm;
import no.iaverk.cases.Collaboration.Level;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.PlanStatus;
import no.iaverk.cases.Collaboration.ServiceArea;
import no.iaverk.cases.Collaborations.PlanChoice;
import no.iaverk.cases.HistoricalCollaboration;
import no.iaverk.cases.HistoricalCollaboration.Milestone;
import no.iaverk.cases.NewActivity;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.demo.internal.AssistanceSelection.Assistance;
import no.iaverk.demo.internal.AssistanceSelection.Form;
import org.jspecify.annotations.Nullable;

/**
 * The story of one assisted enterprise, drawn around the day its assistance started: the case opened some weeks
 * before, the collaboration's start, plan, milestones and meetings, and how it ended (completed, cancelled, or still
 * running). The assistance starts on the day the selection chose, as the evaluation reads it: the dated milestone, or
 * the collaboration's start when a story leaves that milestone out.
 */
record HistoricalStory(
        LocalDate openedOn,
        boolean initiatedByCentre,
        HistoricalCollaboration collaboration,
        boolean completed,
        @Nullable LocalDate caseClosedOn) {

    /** Who took part in the meetings: all staff, the party group, or leaders only (as the evaluation groups them). */
    enum Participation {
        ALL_STAFF,
        PARTY_GROUP,
        LEADERS_ONLY
    }

    private static final int[] PLANNED_MONTHS = {6, 9, 12, 18, 24};
    private static final Weighted DURATION = new Weighted(new double[] {0.2, 0.2, 0.35, 0.15, 0.1});
    private static final Weighted AREA = new Weighted(new double[] {0.55, 0.25, 0.2});

    static HistoricalStory of(Assistance assistance, LocalDate today, SplitMix random) {
        LocalDate started = assistance.started();
        boolean milestoneDated = random.chance(0.85);
        LocalDate start = milestoneDated ? started.minusDays(random.between(21, 49)) : started;
        LocalDate opened = start.minusDays(random.between(14, 60));
        LocalDate plannedEnd = start.plusMonths(PLANNED_MONTHS[DURATION.next(random)]);
        Collaboration.Status status = Collaboration.Status.ACTIVE;
        LocalDate ended = null;
        if (plannedEnd.isBefore(today.minusDays(30))) {
            if (random.chance(0.85)) {
                status = Collaboration.Status.COMPLETED;
                ended = plannedEnd.plusDays(random.between(-45, 30));
            } else {
                status = Collaboration.Status.CANCELLED;
                ended = started.plusDays(random.between(30, 120));
            }
            ended = min(max(ended, started.plusDays(30)), today.minusDays(1));
        }
        LocalDate latest = ended != null ? ended : today.minusDays(1);

        List<ServiceArea> areas = new ArrayList<>();
        areas.add(ServiceArea.values()[AREA.next(random)]);
        if (random.chance(0.25)) {
            ServiceArea second = ServiceArea.values()[random.nextInt(3)];
            if (!areas.contains(second)) {
                areas.add(second);
            }
        }
        boolean centre = random.chance(0.75);
        var fields = new NewCollaboration(
                name(assistance.form()),
                assistance.form() == Form.UNIT ? Level.UNIT : Level.TOP,
                assistance.listedUnits(),
                centre ? Collaboration.InitiatedBy.CENTRE : Collaboration.InitiatedBy.ENTERPRISE,
                areas,
                start,
                plannedEnd,
                "Partene følger opp arbeidsmiljøet og sykefraværet selv med faste møter",
                random.chance(0.7) ? AssistanceForm.PROCESS : AssistanceForm.KNOWLEDGE_TRANSFER,
                null);

        List<Milestone> milestones = new ArrayList<>();
        if (milestoneDated) {
            milestones.add(Milestone.on(MilestoneKind.INITIAL_MEETING, start));
            milestones.add(Milestone.on(MilestoneKind.NEEDS_ASSESSMENT, start.plusDays(random.between(5, 12))));
            milestones.add(Milestone.on(MilestoneKind.PLAN, start.plusDays(random.between(14, 20))));
            milestones.add(Milestone.on(MilestoneKind.ASSISTANCE_STARTED, started));
        } else {
            milestones.add(Milestone.on(MilestoneKind.INITIAL_MEETING, opened.plusDays(random.between(3, 10))));
            milestones.add(new Milestone(MilestoneKind.NEEDS_ASSESSMENT, null, true));
        }
        if (status == Collaboration.Status.COMPLETED) {
            milestones.add(
                    Milestone.on(MilestoneKind.EVALUATION, max(started, ended.minusDays(random.between(7, 21)))));
        }
        if (ended != null) {
            milestones.add(Milestone.on(MilestoneKind.ENDED, ended));
        }

        Participation participation = Participation.values()[random.nextInt(3)];
        List<NewActivity> activities = activities(participation, areas.get(0), start, started, latest, random);
        PlanStatus planStatus = switch (status) {
            case COMPLETED -> PlanStatus.DONE;
            case CANCELLED -> PlanStatus.CANCELLED;
            case ACTIVE -> PlanStatus.IN_PROGRESS;
        };
        List<PlanChoice> plan = plan(areas.get(0)).stream()
                .map(code -> new PlanChoice(code, true, started, plannedEnd, planStatus))
                .toList();
        LocalDate closedOn = ended == null ? null : min(ended.plusDays(random.between(0, 10)), today);
        return new HistoricalStory(
                opened,
                centre,
                new HistoricalCollaboration(fields, status, ended, milestones, plan, activities),
                status == Collaboration.Status.COMPLETED,
                closedOn);
    }

    /** The first meeting at the start, then two to four more while the assistance ran, with the parties it had. */
    private static List<NewActivity> activities(
            Participation participation,
            ServiceArea area,
            LocalDate start,
            LocalDate started,
            LocalDate latest,
            SplitMix random) {
        List<NewActivity> activities = new ArrayList<>();
        activities.add(
                activity(start, Channel.PHYSICAL_MEETING, area, leaders(participation), "Oppstartsmøte", random));
        int more = random.between(2, 4);
        long span = Math.max(1, latest.toEpochDay() - started.toEpochDay());
        for (int i = 0; i < more; i++) {
            LocalDate day = started.plusDays(span * i / more);
            boolean gathering = participation == Participation.ALL_STAFF && i == 0;
            activities.add(activity(
                    day,
                    gathering ? Channel.GATHERING : random.chance(0.5) ? Channel.DIGITAL_MEETING : Channel.PHONE,
                    area,
                    gathering ? List.of(Participant.LEADER, Participant.STAFF) : leaders(participation),
                    gathering ? "Samling for alle ansatte" : "Arbeidsmøte",
                    random));
        }
        return activities;
    }

    private static NewActivity activity(
            LocalDate day, Channel channel, ServiceArea area, List<Participant> who, String note, SplitMix random) {
        return new NewActivity(
                null,
                LocalDateTime.of(day, LocalTime.of(random.between(8, 14), 0)),
                channel,
                area,
                who,
                channel == Channel.GATHERING ? random.between(1, 3) : null,
                TypicalHours.of(channel),
                Activity.Status.DONE,
                note);
    }

    /** Leaders always; the union and safety representatives too unless only leaders take part. */
    private static List<Participant> leaders(Participation participation) {
        return participation == Participation.LEADERS_ONLY
                ? List.of(Participant.LEADER, Participant.HR)
                : List.of(Participant.LEADER, Participant.UNION_REPRESENTATIVE, Participant.SAFETY_REPRESENTATIVE);
    }

    private static List<String> plan(ServiceArea area) {
        return switch (area) {
            case REDUCE_SICK_LEAVE -> List.of("SICK_LEAVE_ROUTINES", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS");
            case PREVENTIVE_WORK_ENVIRONMENT -> List.of("WORK_ENVIRONMENT_DEVELOPMENT", "PARTY_COOPERATION_ROLES");
            case HELSE_I_ARBEID -> List.of("HELSE_I_ARBEID", "WORK_ENVIRONMENT_MENTAL_HEALTH");
        };
    }

    private static String name(Form form) {
        return switch (form) {
            case TOP_ALL -> "Hele virksomheten";
            case TOP_LISTED -> "Utvalgte enheter";
            case UNIT -> "Enheten";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
