/**
 * Effect evaluation: did sick leave fall where the centres assisted, against comparable workplaces not yet assisted?
 * A difference-in-differences with staggered starts, k nearest comparisons and a bootstrap over collaborations, on
 * the published views of statistics, register and cases.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "reference", // county and programme names for the effect page's filters
            "security", // effect reads are audit-logged; unit names
            "shared", // value types
        })
package no.iaverk.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
