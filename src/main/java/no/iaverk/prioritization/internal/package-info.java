/** The prioritization module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.prioritization.internal;

import org.jspecify.annotations.NullMarked;
