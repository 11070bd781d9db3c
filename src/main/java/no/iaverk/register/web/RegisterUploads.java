package no.iaverk.register.web;

import java.util.List;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.springframework.web.multipart.MultipartFile;

/** What the register import's API and admin page share: the uploaded files as sources, and a missing run. */
final class RegisterUploads {

    private RegisterUploads() {}

    static List<ImportSource> sources(List<MultipartFile> files) {
        var sources = files.stream()
                .filter(file -> !file.isEmpty())
                .map(file -> new ImportSource(name(file), file::getInputStream))
                .toList();
        if (sources.isEmpty()) {
            throw new InvalidRequestException("Velg minst én fil å importere.");
        }
        return sources;
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "opplastet fil" : name;
    }

    static class RunNotFound extends NotFoundException {
        RunNotFound(long id) {
            super("Fant ingen registerimport med id " + id + ".");
        }
    }
}
