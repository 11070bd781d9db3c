package no.iaverk.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An import as the history shows it; {@code reportJson} is the kind's own report, as JSON. */
public record ImportRun(
        long id,
        String kind,
        String source,
        String startedBy,
        Instant startedAt,
        @Nullable Instant finishedAt,
        Status status,
        long recordsRead,
        @Nullable String summary,
        @JsonRawValue @JsonProperty("report") @Nullable String reportJson) {

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
