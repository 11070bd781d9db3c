package no.iaverk.knowledge;

import java.util.List;

/**
 * What a load of content did: items inserted, updated (shipped text changed, no admin had edited them), left as they
 * were, deleted (no longer shipped, never edited), and the ids of edited items whose shipped text changed (conflicts).
 */
public record ContentLoadReport(int inserted, int updated, int unchanged, int deleted, List<String> conflicts) {}
