package no.iaverk.cases;

import static no.iaverk.cases.CaseEventType.BACK;
import static no.iaverk.cases.CaseEventType.COMPLETE;
import static no.iaverk.cases.CaseEventType.FOLLOW;
import static no.iaverk.cases.CaseEventType.NOT_RELEVANT;
import static no.iaverk.cases.CaseEventType.TAKE_OWNERSHIP;
import static no.iaverk.cases.CaseEventType.TO_ASSISTING;
import static no.iaverk.cases.CaseEventType.TO_CONTACTING;
import static no.iaverk.cases.CaseEventType.UNFOLLOW;
import static no.iaverk.cases.CaseLifecycleTest.OTHER;
import static no.iaverk.cases.CaseLifecycleTest.OWNER;
import static no.iaverk.cases.CaseLifecycleTest.READER;
import static no.iaverk.cases.CaseLifecycleTest.SUPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.iaverk.cases.CaseLifecycleTest.Log;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.Test;

/** What the case page offers is what the lifecycle would accept: asked of {@link CaseLifecycle#decide} itself. */
class CasePermissionsTest {

    static final CurrentUser OSLO_SUPER = new CurrentUser("oda", "Oda Oslo", Role.SUPERUSER, "OSLO");

    @Test
    void an_unowned_assessment_offers_caseworkers_ownership_and_following_and_readers_nothing() {
        Log log = new Log();
        assertThat(CaseLifecycle.permitted(log.state(), OTHER, log.now)).containsExactly(TAKE_OWNERSHIP, FOLLOW);
        assertThat(CaseLifecycle.permitted(log.state(), READER, log.now)).isEmpty();
    }

    @Test
    void the_owner_is_offered_the_next_status_back_and_not_relevant_and_a_follower_unfollowing() {
        Log log = Log.at(CaseStatus.ASSESSING);
        assertThat(CaseLifecycle.permitted(log.state(), OWNER, log.now)).containsExactly(TO_CONTACTING, NOT_RELEVANT);
        log.by(OWNER, TO_CONTACTING).by(OWNER, CaseEventType.TO_MAPPING);
        assertThat(CaseLifecycle.permitted(log.state(), OWNER, log.now))
                .containsExactly(TO_ASSISTING, BACK, NOT_RELEVANT);
        log.by(OTHER, FOLLOW);
        assertThat(CaseLifecycle.permitted(log.state(), OTHER, log.now)).containsExactly(TAKE_OWNERSHIP, UNFOLLOW);
    }

    @Test
    void completing_is_offered_to_the_owner_whatever_the_collaborations_since_the_refusal_says_what_is_missing() {
        Log log = Log.at(CaseStatus.ASSISTING);
        assertThat(CaseLifecycle.permitted(log.state(), OWNER, log.now)).contains(COMPLETE);
        assertThat(CaseLifecycle.permitted(log.state(), OTHER, log.now)).doesNotContain(COMPLETE);
    }

    @Test
    void a_closed_case_offers_its_owner_back_until_it_is_locked() {
        Log log = Log.at(CaseStatus.COMPLETED);
        assertThat(CaseLifecycle.permitted(log.state(), OWNER, log.now)).containsExactly(BACK);
        assertThat(CaseLifecycle.permitted(log.state(), OTHER, log.now)).isEmpty();
        assertThat(CaseLifecycle.permitted(
                        log.state(),
                        OWNER,
                        log.now.plus(CaseLifecycle.REOPEN_WINDOW).plus(Duration.ofMinutes(1))))
                .isEmpty();
    }

    @Test
    void only_another_units_superuser_may_take_an_open_case_over() {
        Log log = new Log();
        assertThat(CaseLifecycle.transferPermitted(log.state(), OSLO_SUPER, log.now))
                .isTrue();
        assertThat(CaseLifecycle.transferPermitted(log.state(), SUPER, log.now)).isFalse();
        assertThat(CaseLifecycle.transferPermitted(
                        log.state(), new CurrentUser("omar", "Omar", Role.CASEWORKER, "OSLO"), log.now))
                .isFalse();
        Log closed = Log.at(CaseStatus.COMPLETED);
        assertThat(CaseLifecycle.transferPermitted(closed.state(), OSLO_SUPER, closed.now))
                .isFalse();
    }

    @Test
    void the_owner_and_the_followers_work_on_the_case_and_nobody_else() {
        Log log = Log.at(CaseStatus.ASSESSING).by(OTHER, FOLLOW);
        CaseState state = log.state();
        assertThat(state.workedOnBy(OWNER.username())).isTrue();
        assertThat(state.workedOnBy(OTHER.username())).isTrue();
        assertThat(state.workedOnBy(SUPER.username())).isFalse();
        // The case as others see it answers by the same rule.
        assertThat(IaCase.workedOnBy(state.owner(), state.followers(), OTHER.username()))
                .isTrue();
        assertThat(IaCase.workedOnBy(null, Set.of(), OWNER.username())).isFalse();
    }

    @Test
    void only_a_superuser_is_offered_to_start_an_assessment_and_only_of_an_enterprise_without_an_open_case() {
        assertThat(CaseLifecycle.startPermitted(List.of(), SUPER)).isTrue();
        assertThat(CaseLifecycle.startPermitted(List.of(), OWNER)).isFalse();
        assertThat(CaseLifecycle.startPermitted(List.of(), READER)).isFalse();
        assertThat(CaseLifecycle.startPermitted(List.of(summary(CaseStatus.CONTACTING)), SUPER))
                .isFalse();
        assertThat(CaseLifecycle.startPermitted(List.of(summary(CaseStatus.COMPLETED)), SUPER))
                .isTrue();
    }

    private static CaseSummary summary(CaseStatus status) {
        var at = Instant.parse("2026-01-05T10:00:00Z");
        return new CaseSummary(
                1, "974760673", "Virksomhet", status, null, null, "VESTLAND", 1, at, at, null, null, null, 0);
    }
}
