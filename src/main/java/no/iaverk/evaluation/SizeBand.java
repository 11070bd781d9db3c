package no.iaverk.evaluation;

import org.jspecify.annotations.Nullable;

/** Size bands by persons in the quarter before start: 5–19, 20–49, 50–99, 100–249, 250+. */
enum SizeBand {
    FROM_5,
    FROM_20,
    FROM_50,
    FROM_100,
    FROM_250;

    /** The band of a workplace with these persons; null under five, where no figure may be used. */
    static @Nullable SizeBand of(int persons) {
        if (persons >= 250) return FROM_250;
        if (persons >= 100) return FROM_100;
        if (persons >= 50) return FROM_50;
        if (persons >= 20) return FROM_20;
        if (persons >= 5) return FROM_5;
        return null;
    }
}
