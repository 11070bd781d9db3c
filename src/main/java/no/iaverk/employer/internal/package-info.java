@NullMarked
package no.iaverk.employer.internal;

import org.jspecify.annotations.NullMarked;
