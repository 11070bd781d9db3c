package no.iaverk.knowledge;

import java.util.List;
import no.iaverk.knowledge.internal.EditRules;
import no.iaverk.knowledge.internal.EditStore;
import no.iaverk.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipped versions of items an admin has edited (ADMIN): listed field by field against the admin's version, and
 * decided once. Keeping the admin's version closes them for good (the same shipped version never comes back); taking
 * the shipped one applies it as an edit (a revision in the history) and hands the item back to the shipped content,
 * so later versions update it again.
 */
@Service
public class KnowledgeConflicts {

    private final EditStore store;
    private final KnowledgeEditing editing;

    KnowledgeConflicts(EditStore store, KnowledgeEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    @Transactional(readOnly = true)
    public List<ContentConflict> conflicts(CurrentUser user) {
        KnowledgeEditing.requireAdmin(user);
        return store.conflicts(null).stream()
                .flatMap(conflict -> store.current(conflict.itemId(), false).stream()
                        .map(item -> new ContentConflict(
                                item.id(),
                                item.title(),
                                conflict.detectedAt(),
                                conflict.olderVersions(),
                                EditRules.changes(item.values(), EditRules.values(store.shippedEdit(item, conflict))))))
                .toList();
    }

    /** Decides the item's open shipped version; 404 when none is waiting. Returns the item as it is afterwards. */
    @Transactional
    public KnowledgeItem resolve(String itemId, ContentConflict.Keep keep, CurrentUser user) {
        KnowledgeEditing.requireAdmin(user);
        var conflict = store.conflicts(itemId).stream()
                .findFirst()
                .orElseThrow(() -> KnowledgeItemNotFound.noConflict(itemId));
        if (keep == ContentConflict.Keep.SHIPPED) {
            var item = store.current(itemId, true).orElseThrow(() -> KnowledgeItemNotFound.forId(itemId));
            editing.apply(itemId, store.shippedEdit(item, conflict), user, KnowledgeRevision.Kind.SHIPPED_VERSION);
            store.backToShipped(itemId, conflict.hash());
        }
        store.resolve(itemId, keep, user.username());
        return editing.library().item(itemId);
    }
}
