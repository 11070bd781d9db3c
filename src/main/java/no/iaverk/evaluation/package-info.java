/**
 * Effect evaluation: did sick leave fall where the centres assisted, against comparable workplaces not yet assisted?
 * A difference-in-differences with staggered starts, k nearest comparisons and a bootstrap over collaborations.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "shared",
        })
package no.iaverk.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
