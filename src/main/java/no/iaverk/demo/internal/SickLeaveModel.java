package no.iaverk.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.iaverk.register.Workplace;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * Draws one workplace's sick leave in one quarter. Every figure follows from (seed, organisation number, quarter)
 * alone, so the order in which the register hands out workplaces never changes them. Amounts are whole micro-workdays
 * (six decimals), so that sums over many rows are exact.
 *
 * <p>The level comes from the industry (or programme) and sector, times a persistent lognormal factor per workplace, a
 * slow per-workplace trend, the season and a national factor per quarter. Lost days are drawn as sick-leave episodes
 * per duration class, so a small workplace often has none in a quarter and sometimes a long one.
 */
final class SickLeaveModel {

    static final long MICROS = 1_000_000;

    /** NAV's duration classes: A 1–7 days, B 8–16 days, C 17 days–8 weeks, D 8–20 weeks, E 20–39 weeks, F > 39. */
    static final String DURATIONS = "ABCDEF";

    /** Share of lost days per duration class: short-term (A + B) about a quarter, F smaller than C–E. */
    private static final double[] LOST_SHARE = {0.11, 0.13, 0.28, 0.22, 0.15, 0.11};

    /** Lost workdays one episode adds to a quarter, per class; {@code NaN} means "up to a whole quarter". */
    private static final double[] EPISODE_FROM = {0.5, 4, 8, 15, 25, 35};

    private static final double[] EPISODE_TO = {5, 11, 35, Double.NaN, Double.NaN, Double.NaN};

    /** Part of the lost days that is graded sick leave, per class: mostly the long episodes (about 20 % overall). */
    private static final double[] GRADED_SHARE = {0.03, 0.10, 0.20, 0.28, 0.32, 0.30};

    /** Q1 has the flu season, Q3 the summer holidays. */
    private static final double[] SEASON = {1.12, 1.00, 0.85, 1.05};

    /** Above this many expected episodes a normal approximation replaces drawing them one by one. */
    private static final double EPISODES_ONE_BY_ONE = 20;

    /** The trend runs through this quarter, so that a workplace's level there does not depend on the range asked for. */
    private static final int TREND_CENTRE = Quarter.of(2024, 1).index();

    /** Some workplaces are new: their first quarter with statistics lies in the 20 quarters from here. */
    private static final int NEWCOMERS_FROM = Quarter.of(2021, 3).index();

    private static final double NEWCOMER_SHARE = 0.08;

    /**
     * Sick-leave percent by 2-digit industry: each pair is (last industry of a range, percent). Unknown industries
     * count as 0 and land with agriculture.
     */
    private static final double[][] INDUSTRY_LEVELS = {
        {3, 4.8}, // agriculture, forestry, fishing
        {5, 5.0},
        {6, 3.5}, // oil and gas extraction
        {8, 5.0},
        {9, 3.5}, // services to oil and gas extraction
        {11, 5.5}, // food and drink
        {34, 5.7}, // other manufacturing
        {35, 3.9}, // power
        {39, 6.0}, // water, sewage, waste
        {43, 5.5}, // building and construction
        {46, 4.8}, // car trade, wholesale
        {47, 6.3}, // retail
        {48, 4.5},
        {49, 6.2}, // land transport
        {51, 4.5},
        {53, 6.6}, // storage, post and courier
        {56, 6.6}, // hotels and restaurants
        {66, 3.7}, // publishing, IT, finance
        {68, 4.3}, // real estate
        {75, 3.8}, // consulting, engineering, research
        {77, 6.0},
        {78, 7.0}, // staffing
        {80, 6.0},
        {81, 7.0}, // cleaning
        {83, 6.0},
        {84, 6.5}, // public administration
        {85, 6.5}, // education
        {86, 7.0}, // health
        {88, 7.8}, // care, social work
        {93, 5.6}, // culture, sport
    };

    /** What stays the same for a workplace from quarter to quarter. */
    record Profile(
            long key, int employees, double level, double trendPerYear, double jobShare, double graded, int first) {}

    /** One workplace in one quarter. {@code byDuration} holds the A–F parts, which sum to {@code lost}. */
    record Row(int persons, long possible, long lost, long graded, long[] byDuration) {}

    private final long seed;
    private final Map<Integer, Integer> workdays = new HashMap<>();

    SickLeaveModel(long seed) {
        this.seed = seed;
    }

    /** The workplace's lasting traits, or null when it has no statistics: nobody is employed there. */
    @Nullable
    Profile profile(Workplace workplace) {
        Integer employees = workplace.employees();
        if (employees == null || employees <= 0) {
            return null;
        }
        long key = SplitMix.mix(seed ^ SplitMix.mix(orgValue(workplace.orgNumber())));
        var random = new SplitMix(key);
        double level = baseLevel(workplace) / 100 * sectorFactor(workplace.sector()) * meanOne(random, 0.3);
        double trend = Math.max(-0.15, Math.min(0.15, 0.05 * random.gaussian()));
        double jobShare = 0.80 + 0.15 * random.nextDouble();
        double graded = meanOne(random, 0.25);
        int first = random.chance(NEWCOMER_SHARE) ? NEWCOMERS_FROM + random.nextInt(20) : Integer.MIN_VALUE;
        return new Profile(key, employees, level, trend, jobShare, graded, first);
    }

    /** The quarter's figures, or null when the workplace did not exist yet. */
    @Nullable
    Row draw(Profile profile, Quarter quarter) {
        return draw(profile, quarter, 0);
    }

    /**
     * The quarter's figures with {@code shift} percentage points added to the workplace's expected sick leave (a planted
     * effect: −1.0 lowers it by one point), never below none. The same random draws as without a shift.
     */
    @Nullable
    Row draw(Profile profile, Quarter quarter, double shift) {
        if (quarter.index() < profile.first()) {
            return null;
        }
        var random = new SplitMix(profile.key() ^ SplitMix.mix(quarter.index()));
        int persons = (int) Math.max(1, Math.round(profile.employees() * (0.9 + 0.2 * random.nextDouble())));
        double days = workdays(quarter);
        double jobShare = Math.min(1, profile.jobShare() * (1 + 0.02 * random.gaussian()));
        double possible = persons * jobShare * days;
        double years = (quarter.index() - TREND_CENTRE) / 4.0;
        double rate = profile.level()
                * StrictMath.exp(profile.trendPerYear() * years)
                * SEASON[quarter.quarter() - 1]
                * national(quarter)
                * meanOne(random, 0.08);
        double expected = Math.max(0, Math.min(0.5, rate) + shift / 100) * possible;
        // One person away for the whole quarter is the longest an episode can be.
        double longest = jobShare * days;
        double[] parts = new double[LOST_SHARE.length];
        double total = 0;
        for (int c = 0; c < parts.length; c++) {
            double from = EPISODE_FROM[c];
            double to = Double.isNaN(EPISODE_TO[c]) ? longest : Math.min(EPISODE_TO[c], longest);
            parts[c] = episodes(random, expected * LOST_SHARE[c], from, to);
            total += parts[c];
        }
        if (total > possible) {
            for (int c = 0; c < parts.length; c++) {
                parts[c] *= possible / total;
            }
        }
        return row(random, profile, persons, possible, parts);
    }

    /** Working days (Monday–Friday that are not public holidays) in the quarter: about 60–64. */
    int workdays(Quarter quarter) {
        return workdays.computeIfAbsent(quarter.index(), index -> countWorkdays(quarter));
    }

    private Row row(SplitMix random, Profile profile, int persons, double possible, double[] parts) {
        long possibleMicros = micros(possible);
        long[] byDuration = new long[parts.length];
        long lost = 0;
        long graded = 0;
        int largest = 0;
        for (int c = 0; c < parts.length; c++) {
            byDuration[c] = micros(parts[c]);
            lost += byDuration[c];
            largest = byDuration[c] > byDuration[largest] ? c : largest;
        }
        if (lost > possibleMicros) { // rounding after scaling down to the possible days
            byDuration[largest] -= lost - possibleMicros;
            lost = possibleMicros;
        }
        for (int c = 0; c < parts.length; c++) {
            double share = Math.min(1, GRADED_SHARE[c] * profile.graded() * meanOne(random, 0.2));
            graded += Math.round(byDuration[c] * share);
        }
        return new Row(persons, possibleMicros, lost, Math.min(graded, lost), byDuration);
    }

    /** Lost days from episodes of one class: Poisson many, each uniform in [from, to]. */
    private static double episodes(SplitMix random, double expectedDays, double from, double to) {
        double mean = (from + to) / 2;
        double expected = expectedDays / mean;
        if (expected <= 0) {
            return 0;
        }
        if (expected > EPISODES_ONE_BY_ONE) {
            double count = Math.max(0, Math.round(expected + StrictMath.sqrt(expected) * random.gaussian()));
            double spread = (to - from) / StrictMath.sqrt(12);
            return Math.max(0, count * mean + StrictMath.sqrt(count) * spread * random.gaussian());
        }
        // Knuth's method, fine for the small counts it is used for.
        double limit = StrictMath.exp(-expected);
        double product = random.nextDouble();
        double days = 0;
        while (product > limit) {
            days += from + (to - from) * random.nextDouble();
            product *= random.nextDouble();
        }
        return days;
    }

    /** A quarter's national factor (influenza, epidemics): the same for every workplace, larger in the flu season. */
    private double national(Quarter quarter) {
        double sigma = quarter.quarter() == 1 ? 0.05 : 0.02;
        return StrictMath.exp(sigma * new SplitMix(seed ^ SplitMix.mix(~quarter.index())).gaussian());
    }

    /** Sick-leave percent an average workplace of this kind has; the programmes carry NAV's industry figures. */
    static double baseLevel(Workplace workplace) {
        String programme = workplace.industryProgramme();
        // The sector factor lifts the mostly municipal programmes to NAV's figures (8 % for both).
        double level = switch (programme == null ? "" : programme) {
            case "BARNEHAGER" -> 7.7;
            case "SYKEHJEM" -> 7.4;
            case "SYKEHUS" -> 6.0;
            case "TRANSPORT" -> 6.6;
            case "OLJE_OG_GASS_LEVERANDOR" -> 4.7;
            default -> Double.NaN; // food industry and construction follow their industry
        };
        if (!Double.isNaN(level)) {
            return level;
        }
        int industry = industryNumber(workplace.industry());
        for (double[] range : INDUSTRY_LEVELS) {
            if (industry <= range[0]) {
                return range[1];
            }
        }
        return 5.6;
    }

    /** Municipal workplaces have more sick leave than private ones in the same industry. */
    private static double sectorFactor(@Nullable Integer sector) {
        if (sector == null) {
            return 0.97;
        }
        return switch (sector) {
            case 1 -> 1.0;
            case 2 -> 1.08;
            default -> 0.97;
        };
    }

    private static int industryNumber(@Nullable String industry) {
        if (industry == null || industry.length() != 2 || !Character.isDigit(industry.charAt(0))) {
            return 0;
        }
        return Integer.parseInt(industry);
    }

    /** Lognormal with mean 1, so that spreading workplaces out does not move the average. */
    private static double meanOne(SplitMix random, double sigma) {
        return StrictMath.exp(sigma * random.gaussian() - sigma * sigma / 2);
    }

    private static long micros(double workdays) {
        return Math.round(workdays * MICROS);
    }

    private static long orgValue(String orgNumber) {
        long value = 0;
        for (int i = 0; i < orgNumber.length(); i++) {
            char c = orgNumber.charAt(i);
            if (c < '0' || c > '9' || i >= 18) {
                return orgNumber.hashCode();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int countWorkdays(Quarter quarter) {
        LocalDate first = LocalDate.of(quarter.year(), quarter.quarter() * 3 - 2, 1);
        LocalDate end = first.plusMonths(3);
        Set<LocalDate> holidays = holidays(quarter.year());
        int count = 0;
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day)) {
                count++;
            }
        }
        return count;
    }

    /** Norway's public holidays: the fixed ones and those that follow Easter. */
    private static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new HashSet<>();
        for (int offset : new int[] {-3, -2, 1, 39, 50}) { // Maundy Thursday … Whit Monday
            days.add(easter.plusDays(offset));
        }
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 5, 17));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        return days;
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
