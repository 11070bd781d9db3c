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

    /** How many items have not been revised for over two years (or have no revision date). */
    @Transactional(readOnly = true)
    public long overdueCount() {
        return queries.search(
                        new KnowledgeQuery("", null, null, null, null, null, null, 1, KnowledgeQuery.Revision.OVERDUE))
                .total();
    }

    public KnowledgeItem item(String id) {
        return queries.item(id).orElseThrow(() -> KnowledgeItemNotFound.forId(id));
    }
}
