package no.iaverk.demo.internal;

import no.iaverk.reports.UnitResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The centres' resources for 2019–2022 from the mapping report, loaded at every demo start through the service an
 * admin's "Last inn referansetall" uses: loading again writes nothing new and never overwrites what an admin entered.
 * After the start, so that the NAV units are there.
 */
@Component
@ConditionalOnBooleanProperty("iaverk.demo.enabled")
class DemoResources {

    private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

    private final UnitResources resources;

    DemoResources(UnitResources resources) {
        this.resources = resources;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        var load = resources.loadReference("demo");
        log.info(
                "Demo resources (reference figures 2019–2022): {} written, {} unchanged, {} skipped",
                load.written(),
                load.unchanged(),
                load.skipped().size());
    }
}
