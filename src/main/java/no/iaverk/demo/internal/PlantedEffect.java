package no.iaverk.demo.internal;

import java.util.Map;
import no.iaverk.shared.Quarter;

/**
 * A synthetic effect planted in generated statistics: {@code percentagePoints} added to each assisted workplace's sick
 * leave from the quarter its assistance started, so that the demo's effect evaluation has a known answer to find. Real
 * estimates come from real history; this one is made up.
 */
record PlantedEffect(Map<String, Quarter> startByWorkplace, double percentagePoints) {

    static final PlantedEffect NONE = new PlantedEffect(Map.of(), 0);

    PlantedEffect {
        startByWorkplace = Map.copyOf(startByWorkplace);
    }

    /** The shift of the workplace's sick leave in the quarter: the effect from its start on, else none. */
    double shift(String orgNumber, Quarter quarter) {
        Quarter start = startByWorkplace.get(orgNumber);
        return start != null && !quarter.isBefore(start) ? percentagePoints : 0;
    }
}
