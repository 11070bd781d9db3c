/** Import runs: who started which import, its progress while it runs and its report when it is done. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "shared", // value types
        })
package no.iaverk.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
