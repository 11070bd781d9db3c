package no.iaverk.imports;

import java.io.PrintStream;
import java.util.List;

/** How the import commands write to the command line: progress, time and the rejected and warned records. */
public final class ImportConsole {

    private ImportConsole() {}

    /** "Bruk: ..." when no file was named; true when the command may go on. */
    public static boolean given(List<String> args, String command, String usage, PrintStream out) {
        if (args.isEmpty()) {
            out.println("Bruk: " + command + " " + usage);
            return false;
        }
        return true;
    }

    public static ImportProgress progress(PrintStream out) {
        return read -> out.printf("%,d poster lest%n", read);
    }

    public static void time(ImportReport report, PrintStream out) {
        out.printf("Tid: %.1f s (%,.0f poster/s)%n", report.durationMillis() / 1000.0, report.recordsPerSecond());
    }

    public static void problems(ImportReport report, PrintStream out) {
        report.rejections()
                .forEach(r -> out.printf(
                        "AVVIST %s post %d (linje %d) %s: %s%n",
                        r.file(), r.position(), r.line(), r.key(), r.reason()));
        report.warnings()
                .forEach(w -> out.printf(
                        "ADVARSEL %s post %d (linje %d) %s: %s%n",
                        w.file(), w.position(), w.line(), w.key(), w.reason()));
    }
}
