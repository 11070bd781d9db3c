/**
 * Prioritisation: ranked call lists of the enterprises with the greatest potential for fewer lost workdays, with the
 * centres' filters and rule sets, and their export.
 */
@NullMarked
package no.iaverk.prioritization;

import org.jspecify.annotations.NullMarked;
