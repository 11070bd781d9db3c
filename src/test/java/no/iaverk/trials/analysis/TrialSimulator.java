package no.iaverk.trials.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Simulated two-arm trials on sick-leave panels built like the evaluation's PanelSimulator: persistent levels by legal
 * unit and programme, seasonality, AR(1) shocks, sampling noise that shrinks with size (quarter-to-quarter noise and
 * AR(1) absence episodes, so a 20-person unit's yearly figure moves by about 2–3 pp), quarters of fewer than five
 * persons masked, some units lost to follow-up. Legal units are stratified by industry programme and size band and
 * randomised 1:1 in permuted blocks of 2 or 4 within strata. Quarters 0–3 are the baseline, 4–7 the first year and 8–11
 * the second; the planted effect is added to every follow-up quarter of the offered arm (intention to treat).
 *
 * @param effect percentage points in the arm "A" against the reference arm "R"
 * @param uptake share of arm A that receives the assistance (the effect applies to them only)
 */
record TrialSimulator(int legalUnits, double effect, double uptake, int programmes) {

    static final String REFERENCE = "R";
    static final String ARM = "A";
    static final List<String> ARMS = List.of(REFERENCE, ARM);
    private static final double[] SEASON = {0.8, -0.1, -0.9, 0.2};
    private static final int QUARTERS = 12;

    static TrialSimulator of(int legalUnits, double effect) {
        return new TrialSimulator(legalUnits, effect, 1.0, 4);
    }

    /**
     * The trial's units and the effect it really planted on the observed scale: the mean over the analysed units of
     * the difference between their figure if offered and if not (the same draws both ways). It falls short of the
     * planted effect where a figure near zero cannot fall by the whole effect (percentages are never negative) and
     * where not all accept; the intervals' coverage is judged against it.
     */
    record Simulated(List<TrialUnit> units, double firstYearEffect, double secondYearEffect) {}

    List<TrialUnit> simulate(long seed) {
        return simulateWithTruth(seed).units();
    }

    Simulated simulateWithTruth(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<List<String>, Blocks> blocks = new LinkedHashMap<>();
        List<TrialUnit> units = new ArrayList<>();
        double[] truth = new double[2];
        int[] counted = new int[2];
        for (int g = 0; g < legalUnits; g++) {
            int size = Math.max(5, (int) Math.round(Math.exp(3.0 + 1.0 * random.nextGaussian())));
            int programme = random.nextInt(programmes);
            List<String> strata = List.of("P" + programme, sizeBand(size));
            String arm = blocks.computeIfAbsent(strata, s -> new Blocks()).next(random);
            boolean accepts = random.nextDouble() < uptake;
            double level = 5 + 0.5 * programme + 2 * random.nextGaussian();
            double shock = 0.9 / Math.sqrt(1 - 0.36) * random.nextGaussian();
            double episodes = 7 / Math.sqrt(size * (1 - 0.49)) * random.nextGaussian();
            double[] possible = new double[QUARTERS];
            double[] lostIfNot = new double[QUARTERS];
            double[] lostIfOffered = new double[QUARTERS];
            for (int t = 0; t < QUARTERS; t++) {
                shock = 0.6 * shock + 0.9 * random.nextGaussian();
                int persons = Math.max(1, (int) Math.round(size * (1 + 0.04 * random.nextGaussian())));
                // A small unit's percent is a few persons' absences, and long-term leaves last for quarters.
                episodes = 0.7 * episodes + 7 * random.nextGaussian() / Math.sqrt(persons);
                double y = level + SEASON[t % 4] + shock + episodes + 9 * random.nextGaussian() / Math.sqrt(persons);
                if (persons < 5) continue; // masked: neither lost nor possible is published
                possible[t] = persons * 61.5;
                lostIfNot[t] = Math.max(0, y) * possible[t] / 100;
                double offered = accepts && t >= 4 ? y + effect : y;
                lostIfOffered[t] = Math.max(0, offered) * possible[t] / 100;
            }
            double[] lost = arm.equals(ARM) ? lostIfOffered : lostIfNot;
            double gone = random.nextDouble();
            TrialUnit unit = new TrialUnit(
                    String.format("8%08d", g),
                    arm,
                    strata,
                    percent(lost, possible, 0),
                    gone < 0.03 ? null : percent(lost, possible, 4),
                    gone < 0.06 ? null : percent(lost, possible, 8));
            units.add(unit);
            for (Outcome outcome : Outcome.values()) {
                if (!unit.analysedFor(outcome)) continue;
                int from = outcome == Outcome.FIRST_YEAR ? 4 : 8;
                truth[outcome.ordinal()] += percent(lostIfOffered, possible, from) - percent(lostIfNot, possible, from);
                counted[outcome.ordinal()]++;
            }
        }
        return new Simulated(units, truth[0] / Math.max(1, counted[0]), truth[1] / Math.max(1, counted[1]));
    }

    static String sizeBand(int persons) {
        if (persons < 20) return "5-19";
        if (persons < 50) return "20-49";
        if (persons < 100) return "50-99";
        if (persons < 250) return "100-249";
        return "250+";
    }

    private static @Nullable Double percent(double[] lost, double[] possible, int from) {
        double l = 0;
        double p = 0;
        for (int t = from; t < from + 4; t++) {
            l += lost[t];
            p += possible[t];
        }
        return p == 0 ? null : 100 * l / p;
    }

    /** Permuted blocks of 2 or 4 (multiples of the sum of the ratios 1:1), drawn as each stratum needs them. */
    private static final class Blocks {
        private final List<String> block = new ArrayList<>();

        String next(SplittableRandom random) {
            if (block.isEmpty()) {
                int pairs = 1 + random.nextInt(2);
                for (int i = 0; i < pairs; i++) {
                    block.add(REFERENCE);
                    block.add(ARM);
                }
                for (int i = block.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    block.set(i, block.set(j, block.get(i)));
                }
            }
            return block.remove(block.size() - 1);
        }
    }
}
