/**
 * The randomised trials' statistical analysis: pure computation over one record per legal unit, with no database and
 * no Spring beans. {@link no.iaverk.trials.analysis.TrialAnalyzer} estimates each arm against the reference arm by
 * ANCOVA with HC2 robust standard errors and a stratified permutation test; {@link
 * no.iaverk.trials.analysis.PowerCalculator} says how many legal units a trial needs. The trials module calls them.
 */
@NullMarked
package no.iaverk.trials.analysis;

import org.jspecify.annotations.NullMarked;
