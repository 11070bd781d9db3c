package no.iaverk.cases.internal;

import java.time.Clock;
import no.iaverk.cases.Cases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes assessments nobody took ownership of in six months, every night. */
@Component
class CaseHousekeeping {

    private final Cases cases;
    private final Clock clock;

    CaseHousekeeping(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Scheduled(cron = "${iaverk.cases.auto-close-check:0 15 3 * * *}")
    void closeUntouchedAssessments() {
        cases.closeUntouched(clock.instant());
    }
}
