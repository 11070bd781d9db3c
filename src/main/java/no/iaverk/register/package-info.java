/**
 * The enterprise register: legal units and sub-units from Brønnøysund, with geography, industry (NACE), industry
 * programme and sector from the reference data.
 */
@NullMarked
package no.iaverk.register;

import org.jspecify.annotations.NullMarked;
