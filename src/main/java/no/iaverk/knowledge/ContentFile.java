package no.iaverk.knowledge;

/** One file of library content: a JSON array of items of one type, named so that errors can point at it. */
public record ContentFile(String name, KnowledgeType type, byte[] json) {}
