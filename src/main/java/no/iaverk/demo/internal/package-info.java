/** The demo module's internals (SQL, row mappers, helpers, configuration); private to the module. */
@NullMarked
package no.iaverk.demo.internal;

import org.jspecify.annotations.NullMarked;
