/** The evaluation's HTTP API. */
@NullMarked
package no.iaverk.evaluation.web;

import org.jspecify.annotations.NullMarked;
