package no.iaverk.demo;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.iaverk.demo.internal.DatabaseBackupCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar iaverk.jar backup FILE} and {@code restore FILE}: the embedded database's backup and restore. They
 * read the configuration as the application does (application.yml, environment, {@code --property=value} arguments)
 * in a context that holds nothing else: neither the embedded server nor the application may start, because a running
 * iaverk holds its data directory.
 */
public final class EmbeddedBackup {

    private EmbeddedBackup() {}

    public static boolean handles(String command) {
        return DatabaseBackupCommand.NAMES.contains(command);
    }

    /** {@code args[0]} is the command; {@code --name=value} arguments configure, the rest are the command's. */
    public static int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        String[] springArgs = Stream.concat(
                        rest.stream().filter(arg -> arg.startsWith("--")),
                        Stream.of("--iaverk.embedded.enabled=false", "--logging.level.root=warn"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConfigurationOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArgs)) {
            return DatabaseBackupCommand.run(
                    args[0],
                    rest.stream().filter(arg -> !arg.startsWith("--")).toList(),
                    context.getEnvironment(),
                    System.out);
        }
    }

    /** The context's one bean: no scanning, no auto-configuration, only the environment. */
    static final class ConfigurationOnly {}
}
