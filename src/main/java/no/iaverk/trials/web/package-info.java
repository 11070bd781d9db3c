@NullMarked
package no.iaverk.trials.web;

import org.jspecify.annotations.NullMarked;
