package no.iaverk.surveys.internal;

import java.time.Clock;
import no.iaverk.shared.SingleRun;
import no.iaverk.surveys.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes the surveys whose time ran out, so their answers are sealed even when the host never pressed "complete".
 * On one instance of several at a time.
 */
@Component
class SurveyHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(SurveyHousekeeping.class);

    private final Surveys surveys;
    private final Clock clock;
    private final SingleRun singleRun;
    private final String cron;

    SurveyHousekeeping(
            Surveys surveys,
            Clock clock,
            SingleRun singleRun,
            @Value("${iaverk.surveys.expiry-check:0 */5 * * * *}") String cron) {
        this.surveys = surveys;
        this.clock = clock;
        this.singleRun = singleRun;
        this.cron = cron;
    }

    @Scheduled(cron = "${iaverk.surveys.expiry-check:0 */5 * * * *}")
    void completeExpiredSurveys() {
        singleRun.run("surveys.expiry", cron, () -> {
            int completed = surveys.completeExpired(clock.instant());
            if (completed > 0) {
                log.info("Completed {} surveys whose time ran out, and sealed their answers", completed);
            }
        });
    }
}
