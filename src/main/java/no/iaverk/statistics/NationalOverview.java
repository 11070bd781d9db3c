package no.iaverk.statistics;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/** Norway, the sectors, the industry programmes and the industries in the published quarter. */
public record NationalOverview(
        @Nullable Quarter publishedQuarter,
        List<Row> country,
        List<Row> sectors,
        List<Row> industryProgrammes,
        List<Row> industries) {

    /**
     * Percentages rounded for display; {@code computed} when summed from enterprise rows rather than NAV's file,
     * leaving out {@code maskedMembers} masked enterprises. Withheld figures are null: a quarter the disclosure rules
     * withhold, and the lost workdays of a window with such a quarter.
     */
    public record Row(
            String code,
            @Nullable String name,
            @Nullable BigDecimal quarterPercent,
            @Nullable BigDecimal lastFourQuartersPercent,
            @Nullable BigDecimal trend,
            @Nullable BigDecimal lostWorkdays,
            boolean computed,
            int maskedMembers) {}
}
