/** The cases module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.cases.internal;

import org.jspecify.annotations.NullMarked;
