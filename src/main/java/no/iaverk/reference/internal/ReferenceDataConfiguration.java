package no.iaverk.reference.internal;

import no.iaverk.reference.Classification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    /** Loading the reference tables first means everything that needs them can simply depend on this bean. */
    @Bean
    Classification classification(ReferenceDataLoader loader) {
        return loader.load();
    }
}
