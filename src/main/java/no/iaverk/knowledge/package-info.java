/**
 * Knowledge: the catalogue of IA services that collaboration plans are made of and that survey questions evaluate.
 * Its published contract is the table {@code ia_service} (other modules' foreign keys point at it) and
 * {@link no.iaverk.knowledge.ServiceCatalogue}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package no.iaverk.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
