package no.iaverk.employer;

/** A document just published: its id and its version among the collaboration's documents of its type. */
public record Published(long id, int version) {}
