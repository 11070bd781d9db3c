package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.iaverk.IntegrationTest;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Enrolments made at the same time take consecutive slots of their stratum: none shared, none skipped; the flow read
 * meanwhile is always one consistent picture.
 */
@IntegrationTest
class EnrolmentConcurrencyTest extends TrialFixture {

    static final CurrentUser CASEWORKER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    @Autowired
    Enrolments enrolments;

    @Autowired
    TrialFollowUp followUp;

    @Test
    void simultaneousEnrolmentsTakeConsecutiveSlotsAndTheSameLegalUnitOnlyOnce() throws Exception {
        long id = started("AMONG_WILLING", "");
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Enrolment>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads - 2; i++) {
                results.add(pool.submit(enrolling(id, WORKPLACES.get(i), go)));
            }
            // Two caseworkers enrol the same company through its two workplaces at once.
            results.add(pool.submit(enrolling(id, SECOND_WORKPLACES.get(0), go)));
            results.add(pool.submit(enrolling(id, SECOND_WORKPLACES.get(1), go)));
            go.countDown();
            int enrolled = 0;
            int refused = 0;
            for (Future<Enrolment> result : results) {
                try {
                    result.get();
                    enrolled++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(TrialExceptions.AlreadyEnrolled.class);
                    refused++;
                }
            }
            // Companies 0..9 enrolled once each; the second tries for companies 0 and 1 are refused.
            assertThat(enrolled).isEqualTo(10);
            assertThat(refused).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        List<Integer> positions = jdbc.sql(
                        "select position from trial_allocation where trial_id = :id order by position")
                .param("id", id)
                .query(Integer.class)
                .list();
        assertThat(positions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(jdbc.sql("""
                        select count(*) from trial_allocation a
                        join trial_slot s using (trial_id, stratum, position)
                        where a.trial_id = :id and a.arm_code = s.arm_code
                        """).param("id", id).query(Integer.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("select count(distinct case_id) from trial_allocation where trial_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
    }

    @Test
    void theFlowReadWhileEnrolmentsRunIsAlwaysOneConsistentPicture() throws Exception {
        long id = started("AMONG_WILLING", "");
        CurrentUser superuser = TestUsers.of("superbruker", Role.SUPERUSER).currentUser();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Enrolment>> enrolling = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                enrolling.add(pool.submit(enrolling(id, WORKPLACES.get(i), go)));
            }
            Future<List<Integer>> reading = pool.submit(() -> {
                go.await();
                List<Integer> seen = new ArrayList<>();
                for (int read = 0; read < 15; read++) {
                    TrialFlow flow = followUp.flow(id, superuser, AuditLog.Channel.API, "/test");
                    int allocated = flow.arms().stream()
                            .mapToInt(TrialFlow.ArmFlow::allocated)
                            .sum();
                    assertThat(allocated).isEqualTo(flow.randomised());
                    assertThat(flow.randomised()
                                    + flow.excluded().stream()
                                            .mapToInt(TrialFlow.Count::legalUnits)
                                            .sum())
                            .isEqualTo(COMPANIES);
                    seen.add(flow.randomised());
                }
                return seen;
            });
            go.countDown();
            for (Future<Enrolment> enrolment : enrolling) {
                enrolment.get();
            }
            assertThat(reading.get()).isSorted();
            assertThat(followUp.flow(id, superuser, AuditLog.Channel.API, "/test")
                            .randomised())
                    .isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Enrolment> enrolling(long id, String orgNumber, CountDownLatch go) {
        return () -> {
            go.await();
            return enrolments.enrol(id, OrgNumber.of(orgNumber), CASEWORKER, AuditLog.Channel.API, "/test");
        };
    }
}
