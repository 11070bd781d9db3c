package no.iaverk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The test library: a few items of each kind under {@code src/test/resources/knowledge/fixture}, all about the
 * made-up place «Qorvik» so that a search for it finds them and nothing of the shipped content. Loaded through the
 * loader under file names of their own, so loading them never touches shipped items.
 */
final class KnowledgeFixture {

    private KnowledgeFixture() {}

    static List<ContentFile> files() {
        return List.of(
                file("measures.json", KnowledgeType.MEASURE),
                file("evidence.json", KnowledgeType.EVIDENCE),
                file("instruments.json", KnowledgeType.INSTRUMENT));
    }

    private static ContentFile file(String name, KnowledgeType type) {
        try {
            byte[] json = new ClassPathResource("knowledge/fixture/" + name).getContentAsByteArray();
            return new ContentFile("fixture-" + name, type, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
