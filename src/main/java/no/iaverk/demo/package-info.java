/**
 * The embedded-default bootstrap (in-process PostgreSQL), the demo data loaded into an empty database, and the
 * generators of demo and national-scale data. Demo data always goes through the same import code a user calls.
 */
@NullMarked
package no.iaverk.demo;

import org.jspecify.annotations.NullMarked;
