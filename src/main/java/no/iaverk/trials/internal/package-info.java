@NullMarked
package no.iaverk.trials.internal;

import org.jspecify.annotations.NullMarked;
