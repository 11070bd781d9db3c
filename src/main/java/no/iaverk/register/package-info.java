/**
 * The enterprise register: legal units and sub-units from Brønnøysund, with geography, industry (NACE), industry
 * programme and sector from the reference data.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "imports", // runs and locks of the register import
            "reference", // classification of the records
            "security", // the current user, audit
            "shared", // value types, domain exceptions
        })
package no.iaverk.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
