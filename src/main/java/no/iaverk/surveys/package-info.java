/**
 * Surveys: needs assessments and evaluations of a collaboration, answered live and anonymously by the people at the
 * workplace, with results per theme that never show fewer than three respondents. Publishes the view
 * {@code survey_theme_result} (V32): per completed survey and theme, respondents and mean agreement, masked below three
 * respondents; the knowledge library's suggestions read it.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "cases", // a survey runs on a collaboration of a case
            "knowledge", // questions name the catalogue service they evaluate (a foreign key)
            "security", // the current user, audit
            "shared", // value types, domain exceptions
        })
package no.iaverk.surveys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
