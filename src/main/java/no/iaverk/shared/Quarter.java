package no.iaverk.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, as the sick-leave statistics count them: {@code 2024K2} is April–June 2024. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[KkQq]\\s*([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Kvartal må være 1–4, ikke " + quarter);
        }
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("Ugyldig årstall " + year);
        }
    }

    public static Quarter of(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    /** The quarter of {@link #index()}. */
    public static Quarter ofIndex(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** The quarter the day falls in. */
    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    /** Reads {@code 2024K2} (also {@code 2024Q2}, {@code 2024 K 2}). */
    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("«" + text + "» er ikke et kvartal som 2024K2");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public Quarter previous() {
        return minus(1);
    }

    public Quarter next() {
        return plus(1);
    }

    public Quarter plus(int quarters) {
        return ofIndex(index() + quarters);
    }

    public Quarter minus(int quarters) {
        return plus(-quarters);
    }

    /** The same quarter a year before, which the trend compares with. */
    public Quarter yearBefore() {
        return minus(4);
    }

    /** This quarter and the three before it, oldest first: the window of the last-four-quarters figure. */
    public List<Quarter> lastFour() {
        return List.of(minus(3), minus(2), minus(1), this);
    }

    /** From {@code first} to {@code last}, both included, oldest first. */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    /** Year × 10 + quarter ({@code 20242} for 2024K2): the key the statistics tables store and partition by. */
    public int period() {
        return year * 10 + quarter;
    }

    /** Year × 4 + quarter − 1: consecutive quarters have consecutive indexes. */
    public int index() {
        return year * 4 + quarter - 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "K" + quarter;
    }
}
