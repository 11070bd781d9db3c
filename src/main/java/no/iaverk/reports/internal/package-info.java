/** The reports' SQL and reference data readers; private to the module. */
@NullMarked
package no.iaverk.reports.internal;

import org.jspecify.annotations.NullMarked;
