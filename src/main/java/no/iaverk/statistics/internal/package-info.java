/** The statistics module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.statistics.internal;

import org.jspecify.annotations.NullMarked;
