package no.iaverk.statistics.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.iaverk.imports.ImportAlreadyRunning;
import no.iaverk.imports.ImportConsole;
import no.iaverk.imports.ImportSource;
import no.iaverk.imports.ImportTooLarge;
import no.iaverk.shared.Command;
import no.iaverk.statistics.StatisticsImport;
import no.iaverk.statistics.StatisticsImportFailed;
import no.iaverk.statistics.StatisticsImportReport;
import org.springframework.stereotype.Component;

/**
 * {@code import-statistics PATH...}: imports quarters of NAV's statistics. Each path is one quarter: a folder with the
 * JSON files, a zip of them, or a single JSON file. Paths are imported in the order given.
 */
@Component
class ImportStatisticsCommand implements Command {

    private final StatisticsImport statisticsImport;

    ImportStatisticsCommand(StatisticsImport statisticsImport) {
        this.statisticsImport = statisticsImport;
    }

    @Override
    public String name() {
        return "import-statistics";
    }

    @Override
    public String usage() {
        return "STI...  importerer kvartaler av NAVs sykefraværsstatistikk (mappe, zip eller JSON-fil per kvartal)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!ImportConsole.given(args, name(), usage(), out)) {
            return 2;
        }
        int failures = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                out.println("Finner ikke " + arg);
                return 2;
            }
            try {
                StatisticsImportReport report =
                        statisticsImport.run(sources(path), "kommandolinje", ImportConsole.progress(out));
                print(arg, report, out);
            } catch (StatisticsImportFailed | ImportTooLarge e) {
                out.println(arg + ": " + e.getMessage());
                failures++;
            } catch (ImportAlreadyRunning e) {
                out.println(e.getMessage());
                return 1;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<ImportSource> sources(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(ImportSource.of(path));
        }
        try (Stream<Path> files = Files.list(path)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .sorted()
                    .map(ImportSource::of)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(String path, StatisticsImportReport report, PrintStream out) {
        out.println(path + ": " + report.summary());
        ImportConsole.time(report, out);
        report.files()
                .forEach(file -> out.printf(
                        "  %s: %d lest, %d godtatt, %d avvist%n",
                        file.file(), file.read(), file.accepted(), file.rejected()));
        if (!report.computedCategories().isEmpty()) {
            out.println("  Beregnet fra virksomhetstallene: " + report.computedCategories());
        }
        ImportConsole.problems(report, out);
    }
}
