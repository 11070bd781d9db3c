/**
 * Sick-leave statistics: import of NAV's quarterly files, publication of a quarter, the rules (percent, masking, the
 * last four quarters, trend, benchmarks) and the figures pages, API and prioritisation read.
 */
@NullMarked
package no.iaverk.statistics;

import org.jspecify.annotations.NullMarked;
