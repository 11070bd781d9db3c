/** What all pages share: the layout, the current user in every model, error pages and problem details. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // the start page's overdue activities and open cases
            "security", // the current user in every model
            "shared", // value types, domain exceptions
            "statistics", // the start page's latest quarter
        })
package no.iaverk.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
