package no.iaverk;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.iaverk.demo.EmbeddedBackup;
import no.iaverk.shared.Command;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class IaverkApplication {

    /**
     * The one clock everything asks for the time, so tests can set it. Its zone is the one people read and type times
     * in ({@code iaverk.web.time-zone}), never the server's: a server usually runs in UTC.
     */
    @Bean
    Clock clock(@Value("${iaverk.web.time-zone:Europe/Oslo}") ZoneId zone) {
        return Clock.system(zone);
    }

    public static void main(String[] args) {
        int at = commandAt(args);
        if (at < 0) {
            SpringApplication.run(IaverkApplication.class, args);
            return;
        }
        // The command and its arguments first, then the configuration given before it (--name=value).
        String[] command = Stream.concat(Arrays.stream(args, at, args.length), Arrays.stream(args, 0, at))
                .toArray(String[]::new);
        if (EmbeddedBackup.handles(command[0])) {
            System.exit(EmbeddedBackup.run(command)); // without the application: a running iaverk holds the database
        }
        System.exit(runCommand(Arrays.copyOf(command, args.length - at), Arrays.copyOf(args, at)));
    }

    /**
     * Where the command is: the first argument that is not an option, so configuration may come before it ({@code
     * java -jar iaverk.jar --iaverk.embedded.data-dir=DIR restore FILE}); -1 when there is none (start iaverk).
     */
    static int commandAt(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    /** {@code java -jar iaverk.jar import-register FILE...}: runs one {@link Command} without the web server. */
    private static int runCommand(String[] args, String[] configuration) {
        String[] settings = Stream.concat(
                        // These win over application.yml; a command never loads demo data.
                        Stream.of(
                                "--iaverk.demo.enabled=false",
                                "--spring.main.banner-mode=off",
                                "--logging.level.root=warn"),
                        Arrays.stream(configuration))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IaverkApplication.class)
                .web(WebApplicationType.NONE)
                .run(settings)) {
            List<Command> commands =
                    List.copyOf(context.getBeansOfType(Command.class).values());
            for (Command command : commands) {
                if (command.name().equals(args[0])) {
                    return command.run(Arrays.asList(args).subList(1, args.length), System.out);
                }
            }
            System.err.println("Ukjent kommando: " + args[0] + ". Kommandoer:");
            commands.forEach(command -> System.err.println("  " + command.name() + " " + command.usage()));
            System.err.println("  backup FIL  sikkerhetskopi av den innebygde databasen (iaverk.embedded.data-dir)");
            System.err.println("  restore FIL  gjenoppretter en sikkerhetskopi til en tom iaverk.embedded.data-dir");
            return 2;
        }
    }
}
