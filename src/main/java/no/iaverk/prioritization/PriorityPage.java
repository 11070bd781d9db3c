package no.iaverk.prioritization;

import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/** A page of a call list: {@code total} rows match, this is page {@code page} (from 0) of {@code size} rows. */
public record PriorityPage(
        long total, int page, int size, @Nullable Quarter publishedQuarter, List<PriorityRow> rows) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
