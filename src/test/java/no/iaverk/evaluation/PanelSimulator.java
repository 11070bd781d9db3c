package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated sick-leave panels with a planted effect, built the way the centres' data come about: seasonality,
 * persistent workplace levels, AR(1) shocks shared by an enterprise's workplaces and its own, sampling noise that
 * shrinks with size, masking under five persons, and staggered starts chosen because the figure published when the
 * case starts (two quarters old) was high. Used by the tests and by the validation benchmark.
 *
 * @param enterprises legal units; each has one to three workplaces in one matching cell
 * @param effect percentage points added to every assisted workplace from its start quarter on
 * @param preTrendGap added to assisted workplaces in quarters −8…−5 only: diverging pre-trends the check must flag
 */
record PanelSimulator(int enterprises, int quarters, double effect, double preTrendGap, int cells) {

    static final double WORKDAYS_PER_PERSON = 61.5;
    private static final double[] SEASON = {0.8, -0.1, -0.9, 0.2};

    static PanelSimulator of(int enterprises, double effect) {
        return new PanelSimulator(enterprises, 24, effect, 0, 4);
    }

    PanelSimulator withPreTrendGap(double gap) {
        return new PanelSimulator(enterprises, quarters, effect, gap, cells);
    }

    record Simulated(Panel panel, List<WorkplaceSeries> workplaces, List<FirstStart> starts) {}

    Simulated simulate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> levels = new ArrayList<>();
        List<int[]> persons = new ArrayList<>();
        List<Integer> enterpriseOf = new ArrayList<>();
        List<String> cellOf = new ArrayList<>();
        double[][] enterpriseShock = new double[enterprises][];
        for (int g = 0; g < enterprises; g++) {
            enterpriseShock[g] = ar1(random, 0.6, 0.9);
            String cell = "C" + random.nextInt(cells);
            int units = 1 + random.nextInt(3);
            for (int u = 0; u < units; u++) {
                double level = 6 + 2 * random.nextGaussian();
                double[] own = ar1(random, 0.5, 0.7);
                int size = (int) Math.round(Math.exp(3.2 + 1.1 * random.nextGaussian()));
                int[] p = new int[quarters];
                double[] y = new double[quarters];
                for (int t = 0; t < quarters; t++) {
                    p[t] = Math.max(1, (int) Math.round(size * (1 + 0.04 * random.nextGaussian())));
                    // Sampling noise: a small workplace's percent is a few persons' absences.
                    y[t] = level
                            + SEASON[t % 4]
                            + enterpriseShock[g][t]
                            + own[t]
                            + 4 * random.nextGaussian() / Math.sqrt(p[t]);
                }
                levels.add(y);
                persons.add(p);
                enterpriseOf.add(g);
                cellOf.add(cell);
            }
        }
        int[] start = selectStarts(random, levels, persons, enterpriseOf);
        List<WorkplaceSeries> workplaces = new ArrayList<>();
        List<FirstStart> starts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            int g = enterpriseOf.get(i);
            int[] p = persons.get(i);
            double[] lost = new double[quarters];
            double[] possible = new double[quarters];
            for (int t = 0; t < quarters; t++) {
                double y = levels.get(i)[t];
                if (start[g] != Panel.NEVER && t >= start[g]) y += effect;
                if (start[g] != Panel.NEVER && t - start[g] >= -8 && t - start[g] <= -5) y += preTrendGap;
                possible[t] = p[t] * WORKDAYS_PER_PERSON;
                lost[t] = Math.max(0, y) * possible[t] / 100;
            }
            String org = String.format("9%08d", i);
            workplaces.add(new WorkplaceSeries(org, "E" + g, cellOf.get(i), p, lost, possible));
            if (start[g] != Panel.NEVER) starts.add(new FirstStart(org, "K" + g, start[g]));
        }
        return new Simulated(new Panel(workplaces, starts), workplaces, starts);
    }

    /**
     * Each quarter from 10 to 15, a not-yet-assisted enterprise is taken on with a chance that grows steeply with its
     * published figure (two quarters old, sampling noise and all, over its workplaces with five persons or more): the
     * centres pick the high ones.
     */
    private int[] selectStarts(
            SplittableRandom random, List<double[]> levels, List<int[]> persons, List<Integer> enterpriseOf) {
        int[] start = new int[enterprises];
        Arrays.fill(start, Panel.NEVER);
        for (int t = 10; t <= 15; t++) {
            double[] lost = new double[enterprises];
            double[] possible = new double[enterprises];
            for (int i = 0; i < levels.size(); i++) {
                int p = persons.get(i)[t - 2];
                if (p < WorkplaceSeries.MIN_PERSONS) continue;
                lost[enterpriseOf.get(i)] += levels.get(i)[t - 2] * p;
                possible[enterpriseOf.get(i)] += p;
            }
            for (int g = 0; g < enterprises; g++) {
                if (start[g] != Panel.NEVER || possible[g] == 0) continue;
                double published = lost[g] / possible[g];
                double chance = Math.min(0.5, 0.002 * Math.exp(1.2 * (published - 6)));
                if (random.nextDouble() < chance) start[g] = t;
            }
        }
        return start;
    }

    private double[] ar1(SplittableRandom random, double rho, double sd) {
        double[] x = new double[quarters];
        double previous = sd / Math.sqrt(1 - rho * rho) * random.nextGaussian();
        for (int t = 0; t < quarters; t++) {
            previous = rho * previous + sd * random.nextGaussian();
            x[t] = previous;
        }
        return x;
    }
}
