package no.iaverk.demo.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import no.iaverk.demo.internal.StatisticsGenerator.QuarterSummary;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.shared.Command;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code generate-statistics [--from 2021K3] [--to 2026K2] [--seed S] OUTPUT_DIR}: writes NAV's quarterly sick-leave
 * statistics files (DVH format) for every workplace in the database's register, one folder per quarter, for demos and
 * benchmarks of the statistics import.
 */
@Component
class GenerateStatisticsCommand implements Command {

    static final Quarter DEFAULT_LAST = Quarter.of(2026, 2);
    static final int DEFAULT_QUARTERS = 20;
    static final long DEFAULT_SEED = 2024;

    private final EnterpriseRegister register;

    GenerateStatisticsCommand(EnterpriseRegister register) {
        this.register = register;
    }

    @Override
    public String name() {
        return "generate-statistics";
    }

    @Override
    public String usage() {
        return "[--from 2021K3] [--to 2026K2] [--seed S] MAPPE  skriver syntetisk sykefraværsstatistikk (DVH-filer, én"
                + " mappe per kvartal) for arbeidsplassene i registeret";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Quarter from = null;
        Quarter to = DEFAULT_LAST;
        long seed = DEFAULT_SEED;
        Path directory = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--from" -> from = Quarter.parse(value(args, ++i));
                    case "--to" -> to = Quarter.parse(value(args, ++i));
                    case "--seed" -> seed = seed(value(args, ++i));
                    default -> {
                        if (arg.startsWith("--") || directory != null) {
                            throw new IllegalArgumentException("ukjent argument " + arg);
                        }
                        directory = Path.of(arg);
                    }
                }
            }
            if (from == null) {
                from = to.minus(DEFAULT_QUARTERS - 1);
            }
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("--from " + from + " kommer etter --to " + to);
            }
        } catch (IllegalArgumentException e) {
            out.println("Feil: " + e.getMessage());
            directory = null;
        }
        if (directory == null || from == null) {
            out.println("Bruk: " + name() + " " + usage());
            return 2;
        }
        if (register.isEmpty()) {
            out.println("Registeret er tomt: importer et register først (import-register).");
            return 1;
        }
        List<Quarter> quarters = Quarter.range(from, to);
        out.printf(
                "Genererer sykefraværsstatistikk for %s–%s (%d kvartaler) med frø %d i %s%n",
                from, to, quarters.size(), seed, directory);
        var result =
                new StatisticsGenerator().generate(register::forEachWorkplace, quarters, seed, directory, out::println);
        for (QuarterSummary quarter : result.quarters()) {
            out.printf(
                    "%s: %,d rader, %,d personer, %.1f %% maskert (under %d personer), sykefravær %s %%%n",
                    quarter.quarter(),
                    quarter.rows(),
                    quarter.persons(),
                    share(quarter.maskedRows(), quarter.rows()),
                    StatisticsGenerator.MASKED_BELOW,
                    percentText(quarter.percent()));
        }
        out.printf(
                "Ferdig: %d kvartaler, %,d arbeidsplasser lest, %,d med statistikk, %,d rader (%.1f %% maskert),"
                        + " %,d MB (%.1f s)%n",
                result.quarters().size(),
                result.workplaces(),
                result.workplacesWithStatistics(),
                result.rows(),
                share(result.maskedRows(), result.rows()),
                result.bytes() / (1024 * 1024),
                result.millis() / 1000.0);
        return 0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String percentText(@Nullable BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString();
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed må være et heltall, ikke «" + value + "»");
        }
    }

    private static String value(List<String> args, int index) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(args.get(index - 1) + " mangler verdi");
        }
        return args.get(index);
    }
}
