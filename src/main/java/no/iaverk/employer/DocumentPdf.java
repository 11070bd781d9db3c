package no.iaverk.employer;

/** A published document's PDF with a file name for the download, and the legal unit it is about (for the audit). */
public record DocumentPdf(String fileName, String orgNumber, byte[] content) {}
