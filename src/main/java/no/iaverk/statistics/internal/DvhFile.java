package no.iaverk.statistics.internal;

import java.util.Locale;
import java.util.Optional;
import no.iaverk.statistics.Category;
import org.jspecify.annotations.Nullable;

/** The files of a quarter from NAV's data warehouse, recognised by name, and the key field each one carries. */
enum DvhFile {
    LAND("land.json", Category.COUNTRY, "land"),
    SEKTOR("sektor.json", Category.SECTOR, "sektor"),
    NAERING("naering.json", Category.INDUSTRY, "næring"),
    NAERINGSKODE("naeringskode.json", Category.NACE_CODE, "næringskode"),
    BRANSJE("bransje.json", Category.INDUSTRY_PROGRAMME, "bransje"),
    VIRKSOMHET("virksomhet.json", null, "orgnr"),
    VIRKSOMHET_METADATA("virksomhet_metadata.json", null, "orgnr"),
    PUBLISERINGSDATO("publiseringsdato.json", null, "rapportPeriode");

    final String fileName;
    final @Nullable Category category;
    final String keyField;

    DvhFile(String fileName, @Nullable Category category, String keyField) {
        this.fileName = fileName;
        this.category = category;
        this.keyField = keyField;
    }

    /** By the file's own name, whatever folder it sits in; {@code næring.json} is accepted for {@code naering.json}. */
    static Optional<DvhFile> byName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1)
                .toLowerCase(Locale.ROOT)
                .replace('æ', 'a');
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (DvhFile file : values()) {
            if (file.fileName.replace("ae", "a").equals(name.replace("ae", "a"))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    boolean isCategory() {
        return category != null;
    }
}
