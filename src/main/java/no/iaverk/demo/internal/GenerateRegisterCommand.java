package no.iaverk.demo.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import no.iaverk.demo.internal.NationalRegisterGenerator.Options;
import no.iaverk.shared.Command;
import org.springframework.stereotype.Component;

/**
 * {@code generate-register [--legal-units N] [--sub-units N] [--seed S] OUTPUT_DIR}: writes a synthetic register of
 * national size in Brønnøysund's bulk format, for benchmarks of the import and of everything that reads the register.
 */
@Component
class GenerateRegisterCommand implements Command {

    /** Organisation numbers are walked from fixed ranges; beyond this they would run out of nine digits. */
    static final int MAX_UNITS = 4_000_000;

    static final int MIN_LEGAL_UNITS = 1_000;

    @Override
    public String name() {
        return "generate-register";
    }

    @Override
    public String usage() {
        return "[--legal-units N] [--sub-units N] [--seed S] MAPPE  skriver et syntetisk register i nasjonal"
                + " størrelse (enheter.json.gz, underenheter.json.gz)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options = Options.national();
        Path directory = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--legal-units" ->
                        options = new Options(
                                count(arg, value(args, ++i), MIN_LEGAL_UNITS), options.subUnits(), options.seed());
                    case "--sub-units" ->
                        options = new Options(options.legalUnits(), count(arg, value(args, ++i), 0), options.seed());
                    case "--seed" ->
                        options =
                                new Options(options.legalUnits(), options.subUnits(), Long.parseLong(value(args, ++i)));
                    default -> {
                        if (arg.startsWith("--") || directory != null) {
                            throw new IllegalArgumentException("ukjent argument " + arg);
                        }
                        directory = Path.of(arg);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("Feil: " + e.getMessage());
            directory = null;
        }
        if (directory == null) {
            out.println("Bruk: " + name() + " " + usage());
            return 2;
        }
        out.printf(
                "Genererer %,d enheter og %,d underenheter med frø %d i %s%n",
                options.legalUnits(), options.subUnits(), options.seed(), directory);
        var result = new NationalRegisterGenerator().generate(options, directory, out::println);
        out.printf(
                "Ferdig: %,d enheter, %,d underenheter, %,d ansatte, %,d underenheter med ansatte (%.1f s)%n",
                result.legalUnits(),
                result.subUnits(),
                result.employees(),
                result.subUnitsWithEmployees(),
                result.millis() / 1000.0);
        out.println("Filer: " + result.legalUnitsFile() + ", " + result.subUnitsFile());
        return 0;
    }

    private static String value(List<String> args, int index) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(args.get(index - 1) + " mangler verdi");
        }
        return args.get(index);
    }

    private static int count(String option, String value, int minimum) {
        int count;
        try {
            count = Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " må være et heltall, ikke «" + value + "»");
        }
        if (count < minimum || count > MAX_UNITS) {
            throw new IllegalArgumentException("%s må være mellom %,d og %,d".formatted(option, minimum, MAX_UNITS));
        }
        return count;
    }
}
