package no.iaverk.statistics.web;

import java.util.ArrayList;
import java.util.List;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** What the statistics API and admin page share: uploaded files as sources, a quarter from the address, a missing run. */
final class StatisticsUploads {

    private StatisticsUploads() {}

    static List<ImportSource> sources(@Nullable List<MultipartFile> zip, @Nullable List<MultipartFile> files) {
        List<ImportSource> sources = new ArrayList<>();
        for (List<MultipartFile> part : java.util.Arrays.asList(zip, files)) {
            if (part != null) {
                part.stream()
                        .filter(file -> !file.isEmpty())
                        .map(file -> new ImportSource(name(file), file::getInputStream))
                        .forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            throw new InvalidRequestException(
                    "Velg en zip-fil (feltet «file») eller NAVs JSON-filer (feltet «files») å importere.");
        }
        return sources;
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "opplastet fil" : name;
    }

    static Quarter quarter(int year, int quarter) {
        try {
            return Quarter.of(year, quarter);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static class RunNotFound extends NotFoundException {
        RunNotFound(long id) {
            super("Fant ingen statistikkimport med id " + id + ".");
        }
    }
}
