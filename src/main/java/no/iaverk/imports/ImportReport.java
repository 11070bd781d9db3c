package no.iaverk.imports;

import java.util.List;

/** What every import's report tells, whatever its kind: what the history, the pages and the command line show. */
public interface ImportReport {

    long recordsRead();

    /** Records kept (inserted, updated or unchanged). */
    long accepted();

    /** Records left out, each with its problem in {@link #rejections()} (which may list only the first ones). */
    long rejected();

    /** One line for people, in Norwegian. */
    String summary();

    List<ImportProblem> rejections();

    List<ImportProblem> warnings();

    long durationMillis();

    default double recordsPerSecond() {
        return durationMillis() == 0 ? recordsRead() : recordsRead() * 1000.0 / durationMillis();
    }
}
