/** The reference module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.reference.internal;

import org.jspecify.annotations.NullMarked;
