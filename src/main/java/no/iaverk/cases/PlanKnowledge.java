package no.iaverk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import no.iaverk.cases.Collaboration.KnowledgeAttachment;
import no.iaverk.cases.Collaboration.PlanItem;
import no.iaverk.knowledge.KnowledgeItem;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge attached to a collaboration's plan: an included sub-theme references items of the knowledge library
 * (measures, IA services, instruments, evidence, risk factors). Who may attach and remove is who may change the plan
 * ({@link Collaborations#active}). Like the plan itself these are plain rows that name who attached and when, not
 * events of the case's log. Taking a sub-theme out of the plan keeps its attachments hidden; putting it back shows
 * them again.
 */
@Service
@Transactional(readOnly = true)
public class PlanKnowledge {

    /** The outcome of attaching: the attachment, and whether it is new (false: it was attached already, unchanged). */
    public record Attached(KnowledgeAttachment attachment, boolean created) {}

    private static final MessageSourceAccessor MESSAGES = MessageBundle.of("templates/cases/messages");

    private final JdbcClient jdbc;
    private final Collaborations collaborations;
    private final KnowledgeLibrary library;
    private final Clock clock;

    PlanKnowledge(JdbcClient jdbc, Collaborations collaborations, KnowledgeLibrary library, Clock clock) {
        this.jdbc = jdbc;
        this.collaborations = collaborations;
        this.library = library;
        this.clock = clock;
    }

    /** What the plan's included sub-themes carry, in the plan's order, each sub-theme's oldest first. */
    public List<KnowledgeAttachment> forCollaboration(long caseId, long collaborationId) {
        return collaborations.get(caseId, collaborationId).plan().stream()
                .flatMap(item -> item.knowledge().stream())
                .toList();
    }

    /**
     * Attaches a library item to an included sub-theme of an active collaboration's plan. Attaching an item that is
     * attached already changes nothing and answers the attachment as it was.
     */
    @Transactional
    public Attached attach(
            long caseId, long collaborationId, String serviceCode, @Nullable String itemId, CurrentUser user) {
        Collaboration collaboration = collaborations.active(caseId, collaborationId, user);
        PlanItem subTheme = includedSubTheme(collaboration, serviceCode);
        if (itemId == null || itemId.isBlank()) {
            throw new InvalidRequestException(MESSAGES.getMessage("planKnowledge.error.itemMissing"));
        }
        KnowledgeItem item = library.item(itemId.strip());
        int inserted = jdbc.sql("""
                insert into plan_item_knowledge (collaboration_id, service_code, item_id, attached_by, attached_at)
                values (:collaboration, :code, :item, :by, :at)
                on conflict do nothing
                """)
                .param("collaboration", collaborationId)
                .param("code", subTheme.serviceCode())
                .param("item", item.id())
                .param("by", user.username())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        KnowledgeAttachment attachment = collaborations.get(caseId, collaborationId).plan().stream()
                .filter(planItem -> planItem.serviceCode().equals(subTheme.serviceCode()))
                .flatMap(planItem -> planItem.knowledge().stream())
                .filter(attached -> attached.itemId().equals(item.id()))
                .findFirst()
                .orElseThrow();
        return new Attached(attachment, inserted == 1);
    }

    /** Removes an attachment of an active collaboration's plan; 404 when the sub-theme does not carry the item. */
    @Transactional
    public void remove(long caseId, long collaborationId, String serviceCode, String itemId, CurrentUser user) {
        Collaboration collaboration = collaborations.active(caseId, collaborationId, user);
        PlanItem subTheme = subTheme(collaboration, serviceCode);
        int removed = jdbc.sql("""
                delete from plan_item_knowledge
                where collaboration_id = :collaboration and service_code = :code and item_id = :item
                """)
                .param("collaboration", collaborationId)
                .param("code", subTheme.serviceCode())
                .param("item", itemId)
                .update();
        if (removed == 0) {
            throw new NotAttached(
                    MESSAGES.getMessage("planKnowledge.error.notAttached", new Object[] {itemId, subTheme.name()}));
        }
    }

    /** A sub-theme of the catalogue (400 for none or a theme, 404 for an unknown code). */
    private static PlanItem subTheme(Collaboration collaboration, String serviceCode) {
        if (serviceCode.isBlank()) {
            throw new InvalidRequestException(MESSAGES.getMessage("planKnowledge.error.subThemeMissing"));
        }
        PlanItem item = collaboration.plan().stream()
                .filter(planItem -> planItem.serviceCode().equals(serviceCode))
                .findFirst()
                .orElseThrow(() -> new NotAttached(
                        MESSAGES.getMessage("planKnowledge.error.unknownService", new Object[] {serviceCode})));
        if (!item.subTheme()) {
            throw new InvalidRequestException(
                    MESSAGES.getMessage("planKnowledge.error.theme", new Object[] {item.name()}));
        }
        return item;
    }

    /** A sub-theme the plan includes (409 when it does not: include it and save the plan first). */
    private static PlanItem includedSubTheme(Collaboration collaboration, String serviceCode) {
        PlanItem item = subTheme(collaboration, serviceCode);
        if (!item.included()) {
            throw new Refused(MESSAGES.getMessage("planKnowledge.error.notIncluded", new Object[] {item.name()}));
        }
        return item;
    }

    /** No such sub-theme, or it does not carry the item: 404. */
    static class NotAttached extends NotFoundException {
        NotAttached(String message) {
            super(message);
        }
    }
}
