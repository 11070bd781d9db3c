package no.iaverk.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.KnowledgeType;
import org.junit.jupiter.api.Test;

/** The content migration's checksum follows the files, so Flyway reloads exactly when new content ships. */
class ShippedContentTest {

    @Test
    void the_checksum_changes_with_a_file_s_bytes_or_name_and_not_otherwise() {
        var one = List.of(file("measures.json", "[]"));
        assertThat(ShippedContent.checksum(one))
                .isEqualTo(ShippedContent.checksum(List.of(file("measures.json", "[]"))));
        assertThat(ShippedContent.checksum(one))
                .isNotEqualTo(ShippedContent.checksum(List.of(file("measures.json", "[ ]"))));
        assertThat(ShippedContent.checksum(one))
                .isNotEqualTo(ShippedContent.checksum(List.of(file("evidence.json", "[]"))));
    }

    @Test
    void the_programme_codes_are_the_reference_data_s() {
        assertThat(ShippedContent.programmeCodes())
                .contains("BARNEHAGER", "SYKEHJEM", "BYGG_OG_ANLEGG")
                .hasSize(7);
    }

    private static ContentFile file(String name, String json) {
        return new ContentFile(name, KnowledgeType.MEASURE, json.getBytes(StandardCharsets.UTF_8));
    }
}
