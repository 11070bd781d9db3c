/** The evaluation's SQL: it reads the published views of statistics, register and cases, and nothing else. */
@NullMarked
package no.iaverk.evaluation.internal;

import org.jspecify.annotations.NullMarked;
