package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workplaces the estimator may use, with the quarter each one was first assisted (if ever), so that a comparison
 * workplace contributes only the quarters before its own first start.
 */
public final class Panel {

    static final int NEVER = Integer.MAX_VALUE;

    /** The quarters before a start whose published figures chose it: −2 and −1. */
    static final int SELECTION_LAG = 2;

    private final List<WorkplaceSeries> workplaces;
    private final int[] firstStart;
    private final Map<String, Integer> indexByOrgNumber = new HashMap<>();
    private final Map<String, List<Integer>> indexesByCell = new HashMap<>();

    /**
     * @param firstStarts every workplace's first collaboration ever, studied or not; a workplace listed twice counts
     *     from its earliest start
     */
    public Panel(List<WorkplaceSeries> workplaces, Collection<FirstStart> firstStarts) {
        this.workplaces = List.copyOf(workplaces);
        this.firstStart = new int[workplaces.size()];
        for (int i = 0; i < workplaces.size(); i++) {
            WorkplaceSeries w = workplaces.get(i);
            if (indexByOrgNumber.put(w.orgNumber(), i) != null) {
                throw new IllegalArgumentException("Workplace " + w.orgNumber() + " is in the panel twice");
            }
            indexesByCell.computeIfAbsent(w.cell(), c -> new ArrayList<>()).add(i);
            firstStart[i] = NEVER;
        }
        // In org. number order, so candidates are met in the same order whatever order the panel came in.
        indexesByCell
                .values()
                .forEach(list ->
                        list.sort(Comparator.comparing(i -> workplaces.get(i).orgNumber())));
        for (FirstStart start : firstStarts) {
            Integer i = indexByOrgNumber.get(start.orgNumber());
            if (i != null) firstStart[i] = Math.min(firstStart[i], start.quarter());
        }
    }

    int size() {
        return workplaces.size();
    }

    WorkplaceSeries workplace(int index) {
        return workplaces.get(index);
    }

    /** The panel index of a workplace, or -1 when it has no figures here. */
    int indexOf(String orgNumber) {
        return indexByOrgNumber.getOrDefault(orgNumber, -1);
    }

    int firstStart(int index) {
        return firstStart[index];
    }

    /**
     * Whether workplace {@code index} may serve as a comparison in quarter {@code q}: only before the quarters its
     * own selection looked at. A centre takes a workplace on because its published figure, one to two quarters old,
     * was high; those quarters are high by selection and would make the comparisons rise after the treated start.
     */
    boolean comparable(int index, int q) {
        return firstStart[index] == NEVER || q < firstStart[index] - SELECTION_LAG;
    }

    List<Integer> cell(String cell) {
        return indexesByCell.getOrDefault(cell, List.of());
    }
}
