package no.iaverk.knowledge.web;

import no.iaverk.knowledge.Suggestions;
import no.iaverk.security.AuditedEnterprises;

/** Names the workplaces whose figures a suggestion read used, for the read's audit row. */
final class SuggestionAudit {

    private SuggestionAudit() {}

    static void record(Suggestions suggestions) {
        AuditedEnterprises.read(suggestions.inputs().units().stream()
                .filter(Suggestions.Unit::used)
                .map(Suggestions.Unit::orgNumber)
                .toList());
    }
}
