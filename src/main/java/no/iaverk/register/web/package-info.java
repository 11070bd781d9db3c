/** The register module's thin page and API controllers; private to the module. */
@NullMarked
package no.iaverk.register.web;

import org.jspecify.annotations.NullMarked;
