/** The web module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.web.internal;

import org.jspecify.annotations.NullMarked;
