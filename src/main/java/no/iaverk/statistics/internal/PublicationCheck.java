package no.iaverk.statistics.internal;

import no.iaverk.shared.SingleRun;
import no.iaverk.statistics.Publication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes quarters whose publication date has come, on one instance of several: a quarter is published once, and
 * its call lists are rebuilt once, by the instance that ran the check (the lists live in the database, so every
 * instance serves the new quarter from then on).
 */
@Component
class PublicationCheck {

    private final Publication publication;
    private final SingleRun singleRun;
    private final String cron;

    PublicationCheck(
            Publication publication,
            SingleRun singleRun,
            @Value("${iaverk.statistics.publication-check:0 * * * * *}") String cron) {
        this.publication = publication;
        this.singleRun = singleRun;
        this.cron = cron;
    }

    @Scheduled(cron = "${iaverk.statistics.publication-check:0 * * * * *}")
    void publishDueQuarters() {
        singleRun.run(Publication.PUBLICATION_JOB, cron, publication::publishDueQuarters);
    }
}
