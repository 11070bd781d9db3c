/** The surveys module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.surveys.internal;

import org.jspecify.annotations.NullMarked;
