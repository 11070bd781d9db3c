package no.iaverk.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line task run as {@code java -jar iaverk.jar <name> ARGS...} in a context without the web server. Any
 * module may offer one as a bean.
 */
public interface Command {

    String name();

    /** One line for the usage text: arguments and what the command does. */
    String usage();

    /** Runs the command; returns the process exit code. */
    int run(List<String> args, PrintStream out);
}
