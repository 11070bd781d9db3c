/** What all pages share: the layout, the current user in every model, error pages and problem details. */
@NullMarked
package no.iaverk.web;

import org.jspecify.annotations.NullMarked;
