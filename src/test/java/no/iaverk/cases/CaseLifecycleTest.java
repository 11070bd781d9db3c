package no.iaverk.cases;

import static no.iaverk.cases.CaseEventType.BACK;
import static no.iaverk.cases.CaseEventType.COMPLETE;
import static no.iaverk.cases.CaseEventType.FOLLOW;
import static no.iaverk.cases.CaseEventType.NOT_RELEVANT;
import static no.iaverk.cases.CaseEventType.TAKE_OWNERSHIP;
import static no.iaverk.cases.CaseEventType.TO_ASSISTING;
import static no.iaverk.cases.CaseEventType.TO_CONTACTING;
import static no.iaverk.cases.CaseEventType.TO_MAPPING;
import static no.iaverk.cases.CaseEventType.UNFOLLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle's rules as a pure function: every allowed move, every refused one, and why. */
class CaseLifecycleTest {

    static final CurrentUser SUPER = new CurrentUser("sara", "Sara Super", Role.SUPERUSER, "VESTLAND");
    static final CurrentUser OWNER = new CurrentUser("ola", "Ola Eier", Role.CASEWORKER, "VESTLAND");
    static final CurrentUser OTHER = new CurrentUser("kari", "Kari Kollega", Role.CASEWORKER, "VESTLAND");
    static final CurrentUser READER = new CurrentUser("lea", "Lea Leser", Role.READER, "VESTLAND");
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final CaseLifecycle.Collaborations ONE_COMPLETED = new CaseLifecycle.Collaborations(0, 1);
    static final CaseLifecycle.Collaborations NONE = new CaseLifecycle.Collaborations(0, 0);

    /** A case's log, built through the lifecycle itself. */
    static final class Log {
        final List<CaseEvent> events = new ArrayList<>();
        Instant now = T0;

        Log() {
            events.add(new CaseEvent(
                    1,
                    CaseEventType.STARTED,
                    CaseStatus.ASSESSING,
                    SUPER.username(),
                    SUPER.displayName(),
                    SUPER.role(),
                    SUPER.unitCode(),
                    now,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null));
        }

        CaseState state() {
            return CaseState.replay(events);
        }

        Log by(CurrentUser user, CaseEventType type) {
            return by(user, command(type));
        }

        Log by(CurrentUser user, CaseCommand command) {
            return by(user, command, ONE_COMPLETED);
        }

        Log by(CurrentUser user, CaseCommand command, CaseLifecycle.Collaborations collaborations) {
            now = now.plus(Duration.ofHours(1));
            events.add(CaseLifecycle.decide(state(), command, user, now, collaborations));
            return this;
        }

        CaseCommand command(CaseEventType type) {
            return CaseCommand.of(type, state().version());
        }

        CaseCommand notRelevant(ClosingReason reason, Justification... justifications) {
            return new CaseCommand(NOT_RELEVANT, state().version(), reason, List.of(justifications), null);
        }

        /** Owned by OWNER and moved forward to the given status. */
        static Log at(CaseStatus status) {
            Log log = new Log().by(OWNER, TAKE_OWNERSHIP);
            List<CaseEventType> path = List.of(TO_CONTACTING, TO_MAPPING, TO_ASSISTING, COMPLETE);
            for (CaseEventType step : path) {
                if (log.state().status() == status) {
                    break;
                }
                log.by(OWNER, step);
            }
            return log;
        }
    }

    @Test
    void a_started_case_is_assessed_without_owner_at_version_one() {
        CaseState state = new Log().state();
        assertThat(state.status()).isEqualTo(CaseStatus.ASSESSING);
        assertThat(state.owner()).isNull();
        assertThat(state.version()).isEqualTo(1);
    }

    @Test
    void the_owner_moves_the_case_forward_through_every_status_and_each_event_is_logged() {
        Log log = Log.at(CaseStatus.COMPLETED);
        assertThat(log.events)
                .extracting(CaseEvent::type)
                .containsExactly(
                        CaseEventType.STARTED, TAKE_OWNERSHIP, TO_CONTACTING, TO_MAPPING, TO_ASSISTING, COMPLETE);
        assertThat(log.events)
                .extracting(CaseEvent::status)
                .containsExactly(
                        CaseStatus.ASSESSING,
                        CaseStatus.ASSESSING,
                        CaseStatus.CONTACTING,
                        CaseStatus.MAPPING,
                        CaseStatus.ASSISTING,
                        CaseStatus.COMPLETED);
        assertThat(log.events).extracting(CaseEvent::version).containsExactly(1, 2, 3, 4, 5, 6);
        CaseEvent last = log.events.get(5);
        assertThat(last.actor()).isEqualTo("ola");
        assertThat(last.actorRole()).isEqualTo(Role.CASEWORKER);
        assertThat(last.actorUnit()).isEqualTo("VESTLAND");
        assertThat(log.state().closedAt()).isEqualTo(last.occurredAt());
    }

    /** Each forward move is allowed from exactly one status; from every other it is refused. */
    @ParameterizedTest
    @EnumSource(
            value = CaseEventType.class,
            names = {"TO_CONTACTING", "TO_MAPPING", "TO_ASSISTING", "COMPLETE"})
    void a_forward_move_is_refused_from_every_other_status(CaseEventType move) {
        for (CaseStatus from : EnumSet.of(
                CaseStatus.ASSESSING,
                CaseStatus.CONTACTING,
                CaseStatus.MAPPING,
                CaseStatus.ASSISTING,
                CaseStatus.COMPLETED)) {
            Log log = Log.at(from);
            if (from == move.source()) {
                log.by(OWNER, move);
                assertThat(log.state().status()).isEqualTo(move.target());
            } else {
                assertThatThrownBy(() -> log.by(OWNER, move))
                        .as("%s from %s", move, from)
                        .isInstanceOf(ConflictException.class);
            }
        }
    }

    @Test
    void a_case_cannot_leave_assessing_without_an_owner() {
        assertThatThrownBy(() -> new Log().by(SUPER, TO_CONTACTING))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ingen eier");
        Log log = new Log();
        assertThatThrownBy(() ->
                        log.by(SUPER, log.notRelevant(ClosingReason.NAV_DECLINES, Justification.TOO_FEW_LOST_WORKDAYS)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void only_the_owner_moves_the_status() {
        Log log = Log.at(CaseStatus.CONTACTING);
        for (CaseEventType move : List.of(TO_MAPPING, BACK)) {
            assertThatThrownBy(() -> log.by(OTHER, move))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("Ola Eier");
        }
        assertThatThrownBy(() ->
                        log.by(SUPER, log.notRelevant(ClosingReason.ENTERPRISE_DECLINES, Justification.NO_ANSWER)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void caseworkers_take_ownership_readers_do_not_and_a_new_owner_replaces_the_old() {
        Log log = new Log();
        assertThatThrownBy(() -> log.by(READER, TAKE_OWNERSHIP)).isInstanceOf(ForbiddenException.class);
        log.by(OWNER, TAKE_OWNERSHIP);
        assertThatThrownBy(() -> log.by(OWNER, TAKE_OWNERSHIP)).isInstanceOf(ConflictException.class);
        log.by(OTHER, TAKE_OWNERSHIP);
        assertThat(log.state().owner()).isEqualTo("kari");
        assertThat(log.state().ownerName()).isEqualTo("Kari Kollega");
    }

    @Test
    void followers_follow_and_unfollow_and_taking_ownership_makes_a_follower_the_owner() {
        Log log = Log.at(CaseStatus.MAPPING).by(OTHER, FOLLOW);
        assertThat(log.state().followers()).containsExactly("kari");
        assertThat(log.state().workedOnBy("kari")).isTrue();
        assertThatThrownBy(() -> log.by(OTHER, FOLLOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> log.by(OWNER, FOLLOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> log.by(READER, FOLLOW)).isInstanceOf(ForbiddenException.class);
        log.by(OTHER, UNFOLLOW);
        assertThat(log.state().followers()).isEmpty();
        assertThatThrownBy(() -> log.by(OTHER, UNFOLLOW)).isInstanceOf(ConflictException.class);
        log.by(OTHER, FOLLOW).by(OTHER, TAKE_OWNERSHIP);
        assertThat(log.state().followers()).isEmpty();
        assertThat(log.state().owner()).isEqualTo("kari");
        assertThat(log.state().status()).isEqualTo(CaseStatus.MAPPING);
    }

    @ParameterizedTest
    @EnumSource(
            value = CaseStatus.class,
            names = {"ASSESSING", "CONTACTING", "MAPPING", "ASSISTING"})
    void not_relevant_from_every_open_status_with_a_reason_and_fitting_justifications(CaseStatus from) {
        Log log = Log.at(from);
        log.by(
                OWNER,
                log.notRelevant(
                        ClosingReason.ENTERPRISE_DECLINES,
                        Justification.NO_ANSWER,
                        Justification.WORKS_WITH_OTHERS_OR_ALONE));
        CaseEvent event = log.events.get(log.events.size() - 1);
        assertThat(event.status()).isEqualTo(CaseStatus.NOT_RELEVANT);
        assertThat(event.reason()).isEqualTo(ClosingReason.ENTERPRISE_DECLINES);
        assertThat(event.justifications())
                .containsExactly(Justification.NO_ANSWER, Justification.WORKS_WITH_OTHERS_OR_ALONE);
    }

    @Test
    void not_relevant_is_refused_without_reason_without_justification_or_with_one_that_does_not_fit() {
        Log log = Log.at(CaseStatus.CONTACTING);
        assertThatThrownBy(() -> log.by(OWNER, log.command(NOT_RELEVANT)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("årsak");
        assertThatThrownBy(() -> log.by(OWNER, log.notRelevant(ClosingReason.NAV_DECLINES)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("minst én begrunnelse");
        assertThatThrownBy(() -> log.by(
                        OWNER,
                        log.notRelevant(
                                ClosingReason.NAV_DECLINES,
                                Justification.TOO_FEW_LOST_WORKDAYS,
                                Justification.NO_ANSWER)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("passer ikke");
        assertThatThrownBy(
                        () -> log.by(OWNER, log.notRelevant(ClosingReason.SYSTEM, Justification.UNTOUCHED_SIX_MONTHS)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(log.state().status()).isEqualTo(CaseStatus.CONTACTING);
    }

    @Test
    void complete_needs_every_collaboration_ended_and_one_completed() {
        Log log = Log.at(CaseStatus.ASSISTING);
        assertThatThrownBy(() -> log.by(OWNER, log.command(COMPLETE), new CaseLifecycle.Collaborations(1, 1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("aktive");
        assertThatThrownBy(() -> log.by(OWNER, log.command(COMPLETE), NONE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("minst ett fullført");
        log.by(OWNER, log.command(COMPLETE), ONE_COMPLETED);
        assertThat(log.state().status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void back_returns_to_the_previous_status_and_undoes_earlier_back_and_forth() {
        Log log = Log.at(CaseStatus.ASSISTING).by(OWNER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.MAPPING);
        log.by(OWNER, TO_ASSISTING).by(OWNER, BACK).by(OWNER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.CONTACTING);
        log.by(OWNER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.ASSESSING);
        assertThatThrownBy(() -> log.by(OWNER, BACK))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("første status");
    }

    @Test
    void ownership_and_following_are_not_steps_back_returns_over() {
        Log log = Log.at(CaseStatus.MAPPING)
                .by(OTHER, FOLLOW)
                .by(OTHER, TAKE_OWNERSHIP)
                .by(OTHER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.CONTACTING);
    }

    @Test
    void a_closed_case_reopens_by_back_within_ten_days_then_it_is_locked() {
        Log log = Log.at(CaseStatus.ASSISTING);
        log.by(
                OWNER,
                log.notRelevant(ClosingReason.ENTERPRISE_DECLINES, Justification.NO_BINDING_COLLABORATION_WANTED));
        Instant closed = log.state().closedAt();
        log.now = closed.plus(Duration.ofDays(10)).minusSeconds(3601);
        log.by(OWNER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.ASSISTING);
        assertThat(log.state().closedAt()).isNull();

        log.by(OWNER, log.command(COMPLETE));
        Instant completed = log.state().closedAt();
        assertThat(CaseLifecycle.locked(
                        log.state(), completed.plus(Duration.ofDays(10)).minusSeconds(1)))
                .isFalse();
        assertThat(CaseLifecycle.locked(log.state(), completed.plus(Duration.ofDays(10))))
                .isTrue();
        log.now = completed.plus(Duration.ofDays(10)).minusSeconds(3600);
        assertThatThrownBy(() -> log.by(OWNER, BACK))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("låst");
    }

    @Test
    void a_closed_case_takes_no_other_event() {
        Log log = Log.at(CaseStatus.COMPLETED);
        for (CaseEventType type : List.of(TAKE_OWNERSHIP, FOLLOW, TO_CONTACTING, TO_MAPPING, TO_ASSISTING, COMPLETE)) {
            assertThatThrownBy(() -> log.by(OWNER, type)).as(type.name()).isInstanceOf(ConflictException.class);
        }
        assertThatThrownBy(() ->
                        log.by(OWNER, log.notRelevant(ClosingReason.NAV_DECLINES, Justification.REGISTERED_IN_ERROR)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_stale_version_is_refused_and_a_command_needs_type_and_version() {
        Log log = Log.at(CaseStatus.CONTACTING);
        int seen = log.state().version() - 1;
        assertThatThrownBy(() -> log.by(OWNER, CaseCommand.of(TO_MAPPING, seen)))
                .isInstanceOf(CaseLifecycle.StaleVersion.class);
        assertThatThrownBy(() -> log.by(OWNER, new CaseCommand(null, log.state().version(), null, null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> log.by(OWNER, new CaseCommand(TO_MAPPING, null, null, null, null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("expectedVersion");
        assertThatThrownBy(() -> log.by(
                        SUPER, CaseCommand.of(CaseEventType.STARTED, log.state().version())))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void closing_may_set_a_reassess_date_after_today_only() {
        Log log = Log.at(CaseStatus.CONTACTING);
        LocalDate today = LocalDate.ofInstant(log.now, CaseLifecycle.ZONE);
        assertThatThrownBy(() -> log.by(
                        OWNER,
                        new CaseCommand(
                                NOT_RELEVANT,
                                log.state().version(),
                                ClosingReason.NAV_DECLINES,
                                List.of(Justification.NO_PARTY_DIALOGUE),
                                today)))
                .isInstanceOf(InvalidRequestException.class);
        log.by(
                OWNER,
                new CaseCommand(
                        NOT_RELEVANT,
                        log.state().version(),
                        ClosingReason.NAV_DECLINES,
                        List.of(Justification.NO_PARTY_DIALOGUE),
                        today.plusMonths(6)));
        assertThat(log.state().reassessAfter()).isEqualTo(today.plusMonths(6));
        log.by(OWNER, BACK);
        assertThat(log.state().reassessAfter()).isNull();
    }

    @Test
    void the_system_closes_an_unowned_assessment_with_its_own_reason_and_a_superuser_may_take_it_back() {
        Log log = new Log();
        log.by(Cases.SYSTEM, log.notRelevant(ClosingReason.SYSTEM, Justification.UNTOUCHED_SIX_MONTHS));
        assertThat(log.state().status()).isEqualTo(CaseStatus.NOT_RELEVANT);
        assertThatThrownBy(() -> log.by(OWNER, BACK)).isInstanceOf(ForbiddenException.class);
        log.by(SUPER, BACK);
        assertThat(log.state().status()).isEqualTo(CaseStatus.ASSESSING);
        assertThat(log.state().owner()).isNull();
    }

    @Test
    void replaying_the_log_gives_the_same_state_as_applying_event_by_event() {
        Log log = Log.at(CaseStatus.ASSISTING).by(OTHER, FOLLOW).by(OWNER, BACK);
        CaseState stepwise = null;
        for (CaseEvent event : log.events) {
            stepwise = stepwise == null ? CaseState.replay(List.of(event)) : stepwise.apply(event);
        }
        assertThat(stepwise).isEqualTo(log.state());
        assertThat(log.state().followers()).isEqualTo(Set.of("kari"));
    }
}
