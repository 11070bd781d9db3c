/**
 * Knowledge: the catalogue of IA services that collaboration plans are made of and that survey questions evaluate,
 * and the library of measures, IA services, instruments, evidence and risk factors with its search
 * ({@link no.iaverk.knowledge.KnowledgeLibrary}) and its shipped-content loading
 * ({@link no.iaverk.knowledge.KnowledgeContent}), and the rule-based suggestions for a collaboration
 * ({@link no.iaverk.knowledge.CollaborationSuggestions}), which read the cases', register's, statistics' and surveys'
 * published views, never their Java code (cases depends on knowledge). Its published contract is the table
 * {@code ia_service} (other modules' foreign keys point at it), the columns id, type and title of the table
 * {@code knowledge_item} (plans attach items with a foreign key and name them), {@link no.iaverk.knowledge.ServiceCatalogue}
 * and {@link no.iaverk.knowledge.KnowledgeLibrary}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "reference", // the industry programmes' names on the library's pages
            "security", // who edits the library and the follow-up rules (ADMIN); suggestions: the current user's unit,
            // audit; URL rules
            "shared", // the domain exception bases and the message bundle
        })
package no.iaverk.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
