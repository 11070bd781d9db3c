package no.iaverk.knowledge;

/** Where an item's facts come from: a report under the shared sources and the line range that was checked. */
public record KnowledgeSource(String file, String lines) {}
