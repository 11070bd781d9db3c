/** The security module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.security.internal;

import org.jspecify.annotations.NullMarked;
