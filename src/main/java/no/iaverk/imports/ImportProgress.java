package no.iaverk.imports;

/** Told how many records an import has read so far; called every few thousand records. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = recordsRead -> {};

    void recordsRead(long recordsRead);
}
