package no.iaverk.knowledge;

/** One item in a result list. */
public record KnowledgeHit(String id, KnowledgeType type, String title, String summary, KnowledgeSource source) {}
