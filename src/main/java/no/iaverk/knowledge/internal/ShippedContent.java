package no.iaverk.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.InvalidContentException;
import no.iaverk.knowledge.KnowledgeType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The content files that ship with the application, {@code knowledge/content/*.json}, one file per type. */
public final class ShippedContent {

    static final String LOCATION = "classpath*:knowledge/content/*.json";

    /** Raised when the way content is hashed or stored changes, so that every database reloads it. */
    private static final int LOADER_VERSION = 1;

    private static final Map<String, KnowledgeType> TYPE_BY_FILE = Map.of(
            "measures.json", KnowledgeType.MEASURE,
            "ia-services.json", KnowledgeType.IA_SERVICE,
            "instruments.json", KnowledgeType.INSTRUMENT,
            "evidence.json", KnowledgeType.EVIDENCE,
            "risk-factors.json", KnowledgeType.RISK_FACTOR);

    private ShippedContent() {}

    /** Every content file present, in the order of their names; an unknown file name is an error. */
    public static List<ContentFile> files() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<ContentFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String name = String.valueOf(resource.getFilename());
                KnowledgeType type = TYPE_BY_FILE.get(name);
                if (type == null) {
                    throw new InvalidContentException(
                            "knowledge/content/" + name + ": ukjent innholdsfil, forventet " + TYPE_BY_FILE.keySet());
                }
                files.add(new ContentFile(name, type, resource.getContentAsByteArray()));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A checksum of the files and the loader: Flyway reruns the content migration when it changes. */
    public static int checksum(List<ContentFile> files) {
        CRC32 crc = new CRC32();
        crc.update(LOADER_VERSION);
        for (ContentFile file : files) {
            crc.update(file.name().getBytes(StandardCharsets.UTF_8));
            crc.update(file.json());
        }
        return (int) crc.getValue();
    }

    /** The industry programme codes of the reference data (its file: the table may still be empty while migrating). */
    public static Set<String> programmeCodes() {
        try {
            String csv = new ClassPathResource("reference/industry-programmes.csv")
                    .getContentAsString(StandardCharsets.UTF_8);
            Set<String> codes = new LinkedHashSet<>();
            csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> codes.add(line.split(",")[0].strip()));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
