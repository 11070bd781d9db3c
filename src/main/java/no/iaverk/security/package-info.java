/** Users, roles, NAV units (the working-life centres) and the audit log of reads of enterprise data. */
@NullMarked
package no.iaverk.security;

import org.jspecify.annotations.NullMarked;
