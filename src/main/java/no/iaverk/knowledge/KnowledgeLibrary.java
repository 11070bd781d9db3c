package no.iaverk.knowledge;

import no.iaverk.knowledge.internal.LibraryQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge library: search over measures, IA services, instruments, evidence and risk factors, and one item
 * whole. Items are not enterprise data, so reads are not audit-logged.
 */
@Service
public class KnowledgeLibrary {

    private final LibraryQueries queries;

    KnowledgeLibrary(LibraryQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public KnowledgeSearchResult search(KnowledgeQuery query) {
        return queries.search(query);
    }

    public KnowledgeItem item(String id) {
        return queries.item(id).orElseThrow(() -> KnowledgeItemNotFound.forId(id));
    }
}
