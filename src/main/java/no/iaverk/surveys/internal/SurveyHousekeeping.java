package no.iaverk.surveys.internal;

import java.time.Clock;
import no.iaverk.surveys.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Completes the surveys whose time ran out, so their answers are sealed even when the host never pressed "complete". */
@Component
class SurveyHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(SurveyHousekeeping.class);

    private final Surveys surveys;
    private final Clock clock;

    SurveyHousekeeping(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @Scheduled(cron = "${iaverk.surveys.expiry-check:0 */5 * * * *}")
    void completeExpiredSurveys() {
        int completed = surveys.completeExpired(clock.instant());
        if (completed > 0) {
            log.info("Completed {} surveys whose time ran out, and sealed their answers", completed);
        }
    }
}
