package no.iaverk.reports;

import java.util.List;

/**
 * What loading the reference figures did: centre-years written (new, or a reference row that changed), centre-years
 * already as loaded, and those skipped: where an admin had entered figures (never overwritten) or the centre is not a
 * unit here.
 */
public record ReferenceLoad(int written, int unchanged, List<Skipped> skipped) {

    public record Skipped(String unitCode, int year, Reason reason) {}

    public enum Reason {
        ENTERED_BY_ADMIN,
        UNKNOWN_UNIT
    }
}
