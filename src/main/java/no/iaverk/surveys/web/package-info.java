/** The surveys module's thin page and API controllers; private to the module. */
@NullMarked
package no.iaverk.surveys.web;

import org.jspecify.annotations.NullMarked;
