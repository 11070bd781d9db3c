/** The cases module's thin page and API controllers; private to the module. */
@NullMarked
package no.iaverk.cases.web;

import org.jspecify.annotations.NullMarked;
