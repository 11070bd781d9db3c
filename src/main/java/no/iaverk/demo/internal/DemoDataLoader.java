package no.iaverk.demo.internal;

import java.util.List;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo register (Brønnøysund-format files shipped in the jar) through the same import
 * a user runs. A database that already holds enterprises is left alone, so nothing a user entered is overwritten.
 */
@Component
@ConditionalOnBooleanProperty("iaverk.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    static final List<String> REGISTER_FILES = List.of("demo/brreg/enheter.json.gz", "demo/brreg/underenheter.json.gz");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final EnterpriseRegister register;
    private final RegisterImport registerImport;

    DemoDataLoader(EnterpriseRegister register, RegisterImport registerImport) {
        this.register = register;
        this.registerImport = registerImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!register.isEmpty()) {
            log.info("The database already holds enterprises; demo data is not loaded");
            return;
        }
        var sources = REGISTER_FILES.stream()
                .map(path -> new ImportSource(path, () -> new ClassPathResource(path).getInputStream()))
                .toList();
        var report = registerImport.run(sources, "demo", ImportProgress.NONE);
        log.info("Demo register loaded: {}", report.summary());
    }
}
