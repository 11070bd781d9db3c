package no.iaverk.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Items of the editing tests, about the made-up place «Zelvik» so no other test's search finds them, loaded under a
 * file name of their own (deleting that file's rows removes them with their revisions and conflicts).
 */
final class EditFixture {

    static final String FILE = "edit-measures.json";

    private EditFixture() {}

    static List<ContentFile> file(String... items) {
        String json = "[" + String.join(",", items) + "]";
        return List.of(new ContentFile(FILE, KnowledgeType.MEASURE, json.getBytes(StandardCharsets.UTF_8)));
    }

    static String item(String key, String summary, String revisedOn) {
        return """
                {"key": "%s", "title": "Zelvik tiltak %s", "summary": "%s", "body": "Første avsnitt.",
                 "scope": "INDIVIDUAL", "industryProgrammes": ["BARNEHAGER"], "themes": ["Langtidsfravær"],
                 "sourceKind": "STUDY", "evidence": "MODERATE", "source": {"file": "zelvik.md", "lines": "1-2"},
                 "related": ["MEASURE-ZE2"], "attributes": {"result": "Fraværet falt."}, "revisedOn": "%s"}""".formatted(key, key, summary, revisedOn);
    }

    /** A PUT body with every editable field; {@code title} and {@code summary} vary, the rest as in {@link #item}. */
    static String body(int revision, String key, String summary, String revisedOn) {
        return """
                {"revision": %d, "title": "Zelvik tiltak %s", "summary": "%s", "body": "Første avsnitt.",
                 "scope": "INDIVIDUAL", "industryProgrammes": ["BARNEHAGER"], "themes": ["Langtidsfravær"],
                 "sourceKind": "STUDY", "evidence": "MODERATE", "source": {"file": "zelvik.md", "lines": "1-2"},
                 "related": ["MEASURE-ZE2"], "attributes": {"result": "Fraværet falt."}, "revisedOn": "%s"}""".formatted(revision, key, summary, revisedOn);
    }
}
