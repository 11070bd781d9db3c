package no.iaverk.employer;

import java.time.Instant;

/** A document in the employer's list ({@code GET /api/employer/documents}). */
public record EmployerDocument(long id, DocumentType type, long collaborationId, int version, Instant publishedAt) {}
