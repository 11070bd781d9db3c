package no.iaverk.register.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.iaverk.imports.ImportAlreadyRunning;
import no.iaverk.imports.ImportConsole;
import no.iaverk.imports.ImportSource;
import no.iaverk.imports.ImportTooLarge;
import no.iaverk.register.RegisterImport;
import no.iaverk.register.RegisterImportFailed;
import no.iaverk.register.RegisterImportReport;
import no.iaverk.shared.Command;
import org.springframework.stereotype.Component;

/** {@code import-register FILE...}: imports Brønnøysund bulk files and prints progress and the report. */
@Component
class ImportRegisterCommand implements Command {

    private final RegisterImport registerImport;

    ImportRegisterCommand(RegisterImport registerImport) {
        this.registerImport = registerImport;
    }

    @Override
    public String name() {
        return "import-register";
    }

    @Override
    public String usage() {
        return "FIL...  importerer enheter/underenheter fra Brønnøysund (JSON, også .gz)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!ImportConsole.given(args, name(), usage(), out)) {
            return 2;
        }
        for (String file : args) {
            if (!Files.isReadable(Path.of(file))) {
                out.println("Finner ikke filen " + file);
                return 2;
            }
        }
        List<ImportSource> sources =
                args.stream().map(Path::of).map(ImportSource::of).toList();
        try {
            RegisterImportReport report = registerImport.run(sources, "kommandolinje", ImportConsole.progress(out));
            print(report, out);
            return 0;
        } catch (RegisterImportFailed | ImportAlreadyRunning | ImportTooLarge e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    static void print(RegisterImportReport report, PrintStream out) {
        out.println(report.summary());
        ImportConsole.time(report, out);
        ImportConsole.problems(report, out);
        report.unmappedMunicipalities()
                .forEach(u -> out.printf(
                        "KOMMUNE UTEN TREFF %s post %d %s: %s %s%n",
                        u.file(), u.position(), u.orgNumber(), u.reportedNumber(), u.reportedName()));
    }
}
