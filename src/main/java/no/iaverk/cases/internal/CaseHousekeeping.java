package no.iaverk.cases.internal;

import java.time.Clock;
import no.iaverk.cases.Cases;
import no.iaverk.shared.SingleRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes assessments nobody took ownership of in six months, every night, on one instance of several. */
@Component
class CaseHousekeeping {

    static final String JOB = "cases.auto-close";

    private final Cases cases;
    private final Clock clock;
    private final SingleRun singleRun;
    private final String cron;

    CaseHousekeeping(
            Cases cases,
            Clock clock,
            SingleRun singleRun,
            @Value("${iaverk.cases.auto-close-check:0 15 3 * * *}") String cron) {
        this.cases = cases;
        this.clock = clock;
        this.singleRun = singleRun;
        this.cron = cron;
    }

    /** Returns whether this instance ran it (for the tests; the scheduler ignores it). */
    @Scheduled(cron = "${iaverk.cases.auto-close-check:0 15 3 * * *}")
    boolean closeUntouchedAssessments() {
        return singleRun.run(JOB, cron, () -> cases.closeUntouched(clock.instant()));
    }
}
