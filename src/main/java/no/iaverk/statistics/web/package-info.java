/** The statistics module's thin page and API controllers; private to the module. */
@NullMarked
package no.iaverk.statistics.web;

import org.jspecify.annotations.NullMarked;
