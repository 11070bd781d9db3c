/**
 * Reference data: counties and municipalities (with the changes of the county reforms), NACE codes (SN2007 and
 * SN2025), the industry programmes with their NACE mappings, and sectors. Shipped as files, loaded at every start.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "shared", // value types
        })
package no.iaverk.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
