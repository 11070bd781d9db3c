package no.iaverk.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.iaverk.knowledge.internal.EditRules;
import no.iaverk.knowledge.internal.EditStore;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin edits a library item. The edit names the revision it is based on: a stale one is refused (409) and nothing
 * is written. A save writes the changed fields, raises the revision, marks the item edited (so shipped versions no
 * longer overwrite it) and records who changed which fields from what to what; a save that changes nothing writes
 * nothing. Every entry point (API, page, a conflict's shipped version) goes through {@link #apply}.
 */
@Service
public class KnowledgeEditing {

    private final EditStore store;
    private final KnowledgeLibrary library;
    private final Clock clock;

    KnowledgeEditing(EditStore store, KnowledgeLibrary library, Clock clock) {
        this.store = store;
        this.library = library;
        this.clock = clock;
    }

    /** What a saved edit gave: the item as it is now, and the fields that changed (none: nothing was written). */
    public record Saved(KnowledgeItem item, List<KnowledgeRevision.Change> changes) {}

    /** The item's editable fields as stored, and the revision an edit of them is based on (ADMIN). */
    @Transactional(readOnly = true)
    public KnowledgeEdit editable(String id, CurrentUser user) {
        requireAdmin(user);
        return store.current(id, false)
                .orElseThrow(() -> KnowledgeItemNotFound.forId(id))
                .edit();
    }

    /** The edit's bad fields with Norwegian messages, without saving (for a form that has errors of its own). */
    public Map<String, String> check(KnowledgeEdit edit) {
        return EditRules.errors(edit, store.programmeCodes(), LocalDate.now(clock));
    }

    @Transactional
    public Saved edit(String id, KnowledgeEdit edit, CurrentUser user) {
        requireAdmin(user);
        return apply(id, edit, user, KnowledgeRevision.Kind.EDIT);
    }

    /** The item's history, newest first; 404 for an unknown item. */
    @Transactional(readOnly = true)
    public List<KnowledgeRevision> revisions(String id) {
        if (store.current(id, false).isEmpty()) {
            throw KnowledgeItemNotFound.forId(id);
        }
        return store.revisions(id);
    }

    Saved apply(String id, KnowledgeEdit edit, CurrentUser user, KnowledgeRevision.Kind kind) {
        var current = store.current(id, true).orElseThrow(() -> KnowledgeItemNotFound.forId(id));
        Map<String, String> errors = check(edit);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        if (edit.revision() != current.revision()) {
            throw StaleKnowledgeEdit.of(id, edit.revision(), current.revision());
        }
        var values = EditRules.values(edit);
        var changes = EditRules.changes(current.values(), values);
        if (!changes.isEmpty()) {
            int revision = current.revision() + 1;
            store.write(id, values, revision);
            store.addRevision(id, revision, user.username(), user.displayName(), kind, changes);
        }
        return new Saved(library.item(id), changes);
    }

    KnowledgeLibrary library() {
        return library;
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException(
                    MessageBundle.of("templates/knowledge/messages").getMessage("knowledge.edit.forbidden"));
        }
    }
}
