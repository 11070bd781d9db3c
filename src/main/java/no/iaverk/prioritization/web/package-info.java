/** The prioritization module's thin page and API controllers; private to the module. */
@NullMarked
package no.iaverk.prioritization.web;

import org.jspecify.annotations.NullMarked;
