package no.iaverk.employer.internal;

import no.iaverk.employer.Goals;
import no.iaverk.statistics.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A published (or re-published) quarter gives the goals of its year their status as of it. Runs once the publication
 * has committed, so it reads the published views; each goal is evaluated in its own short transaction, and a failure
 * here never undoes a publication.
 */
@Component
class GoalPublicationListener {

    private static final Logger log = LoggerFactory.getLogger(GoalPublicationListener.class);

    private final Goals goals;

    GoalPublicationListener(Goals goals) {
        this.goals = goals;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SnapshotPublished published) {
        try {
            int evaluated = goals.evaluate(published.quarter());
            log.info("Evaluated {} employer goals for {}", evaluated, published.quarter());
        } catch (RuntimeException e) {
            log.error("Could not evaluate the employer goals for {}", published.quarter(), e);
        }
    }
}
