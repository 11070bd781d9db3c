package no.iaverk.employer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import no.iaverk.employer.internal.DocumentStore;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.MessageBundle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's side of published documents: the list for the enterprises it represents, and the PDF, whose every
 * opening is recorded for the adviser to see. The caller names the org. numbers in scope ({@link EmployerScope}).
 */
@Service
@Transactional(readOnly = true)
public class EmployerDocuments {

    private final DocumentStore store;
    private final Clock clock;

    EmployerDocuments(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The documents about any of the org. numbers (documents are filed under the case's legal unit). */
    public List<EmployerDocument> list(Collection<String> orgNumbers) {
        return orgNumbers.isEmpty() ? List.of() : store.forOrgNumbers(orgNumbers);
    }

    /** The PDF when its legal unit is in scope (403 otherwise, 404 when there is no such document); records the opening. */
    @Transactional
    public DocumentPdf open(long id, Collection<String> orgNumbers, String openedBy) {
        DocumentStore.StoredPdf stored = store.pdf(id).orElseThrow(() -> new DocumentNotFound(id));
        if (!orgNumbers.contains(stored.orgNumber())) {
            throw new ForbiddenException(
                    MessageBundle.of("templates/employer/messages").getMessage("employer.error.notYours"));
        }
        store.recordOpened(id, openedBy, clock.instant());
        return download(stored);
    }

    static DocumentPdf download(DocumentStore.StoredPdf stored) {
        String name = switch (stored.type()) {
            case PLAN -> "samarbeidsplan";
            case NEEDS_ASSESSMENT -> "behovsvurdering";
            case EVALUATION -> "evaluering";
        };
        return new DocumentPdf(name + "-v" + stored.version() + ".pdf", stored.orgNumber(), stored.pdf());
    }
}
