/**
 * Surveys: needs assessments and evaluations of a collaboration, answered live and anonymously by the people at the
 * workplace, with results per theme that never show fewer than three respondents.
 */
@NullMarked
package no.iaverk.surveys;

import org.jspecify.annotations.NullMarked;
