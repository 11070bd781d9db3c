/** The shared kernel: small value types every module may use. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.iaverk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
