package no.iaverk.knowledge;

import java.util.List;
import java.util.Set;
import no.iaverk.knowledge.internal.ContentStore;
import no.iaverk.knowledge.internal.ShippedContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads library content into the database: the shipped files at migration time (through the same store), and any
 * content files given later. Edited items are never overwritten; their changed shipped versions become conflicts.
 */
@Service
public class KnowledgeContent {

    private final JdbcClient jdbc;
    private final Set<String> programmeCodes = ShippedContent.programmeCodes();

    KnowledgeContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads the files in one transaction: an invalid file leaves the library as it was. */
    @Transactional
    public ContentLoadReport load(List<ContentFile> files) {
        return new ContentStore(jdbc, programmeCodes).load(files);
    }

    /** The item ids with a shipped version waiting for an admin's decision. */
    public List<String> conflicts() {
        return new ContentStore(jdbc, programmeCodes).conflicts();
    }
}
