/** The register module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.register.internal;

import org.jspecify.annotations.NullMarked;
