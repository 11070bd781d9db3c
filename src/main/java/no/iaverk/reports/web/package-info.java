/** The reports' HTTP API. */
@NullMarked
package no.iaverk.reports.web;

import org.jspecify.annotations.NullMarked;
