package no.iaverk.knowledge;

/** What kind of source an item summarises. */
public enum SourceKind {
    PRACTICE_EXAMPLE,
    STUDY,
    REVIEW,
    PROJECT,
    REPORT,
    REGULATION,
    PRODUCT_SHEET
}
