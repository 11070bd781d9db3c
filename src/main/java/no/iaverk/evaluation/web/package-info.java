/** The evaluation's HTTP API and the effect page (/effekt). */
@NullMarked
package no.iaverk.evaluation.web;

import org.jspecify.annotations.NullMarked;
