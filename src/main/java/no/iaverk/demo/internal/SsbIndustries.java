package no.iaverk.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 5-digit NACE codes with SSB's number of jobs (table 13926, 4th quarter 2024), and what the generator assumes
 * about each: how much of it is public and at which level, how large its units are, and how much of it is chains.
 */
final class SsbIndustries {

    static final String RESOURCE = "demo/ssb/arbeidsforhold_etter_naeringskode_2024K4.csv";

    enum Level {
        PRIVATE,
        MUNICIPAL,
        COUNTY,
        STATE,
        /** Public administration (84.1): split between municipalities, counties and the state. */
        ADMINISTRATION
    }

    record Industry(
            String code,
            String description,
            int jobs,
            double publicShare,
            Level level,
            double relativeSize,
            double chainShare,
            double dormantWeight) {}

    private record Rule(String prefix, double publicShare, Level level, double relativeSize, double chainShare) {}

    /** Longest prefix wins. Sizes are relative to an average industry; normalisation fixes the absolute level. */
    private static final List<Rule> RULES = List.of(
            rule("84.1", 0.98, Level.ADMINISTRATION, 2.5),
            rule("84.2", 1.0, Level.STATE, 5),
            rule("84.25", 0.95, Level.MUNICIPAL, 2),
            rule("84.3", 1.0, Level.STATE, 4),
            rule("85.2", 0.95, Level.MUNICIPAL, 4),
            rule("85.3", 0.85, Level.COUNTY, 6),
            rule("85.41", 0.6, Level.COUNTY, 3),
            rule("85.42", 0.9, Level.STATE, 15),
            rule("85.52", 0.8, Level.MUNICIPAL, 2),
            rule("85.59", 0.4, Level.MUNICIPAL, 1),
            rule("85.6", 0.8, Level.MUNICIPAL, 1.5),
            new Rule("86.1", 0.95, Level.STATE, 25, 0.3),
            rule("86.21", 0.3, Level.MUNICIPAL, 1),
            rule("86.22", 0.6, Level.STATE, 3),
            rule("86.23", 0.45, Level.COUNTY, 1),
            rule("86.90", 0.5, Level.MUNICIPAL, 1.5),
            rule("86.901", 0.95, Level.MUNICIPAL, 3),
            rule("86.903", 0.95, Level.MUNICIPAL, 2),
            rule("86.907", 0.9, Level.STATE, 2),
            rule("87", 0.88, Level.MUNICIPAL, 3),
            rule("87.9", 0.5, Level.STATE, 1.5),
            rule("88.1", 0.95, Level.MUNICIPAL, 2),
            new Rule("88.91", 0.5, Level.MUNICIPAL, 1.5, 0.3),
            rule("88.913", 0.9, Level.MUNICIPAL, 1.5),
            rule("88.914", 0.9, Level.MUNICIPAL, 1),
            rule("88.99", 0.4, Level.MUNICIPAL, 1),
            rule("88.991", 0.9, Level.MUNICIPAL, 2),
            rule("88.998", 1.0, Level.MUNICIPAL, 2),
            rule("91.01", 0.7, Level.STATE, 1),
            rule("91.011", 0.95, Level.MUNICIPAL, 1),
            rule("91.02", 0.4, Level.MUNICIPAL, 1),
            // Private industries with large units or many chain branches.
            chain("06", 8, 0.3),
            chain("09.1", 3, 0.3),
            chain("35.1", 3, 0.5),
            chain("45.2", 1, 0.15),
            chain("46", 1.2, 0.2),
            chain("47", 1, 0.35),
            chain("47.11", 2, 0.6),
            chain("49.1", 10, 0.8),
            chain("53", 5, 0.8),
            chain("55.1", 2, 0.3),
            chain("56", 1, 0.15),
            chain("61", 3, 0.5),
            chain("64.19", 3, 0.6),
            chain("78", 3, 0.4),
            chain("80", 2, 0.3),
            chain("81.2", 1.5, 0.2));

    /** Industries where units without employees are common (farms, real estate, holding, culture, clubs). */
    private static final List<Rule> DORMANT = List.of(
            new Rule("01", 4, Level.PRIVATE, 0, 0),
            new Rule("64.2", 8, Level.PRIVATE, 0, 0),
            new Rule("68.1", 3, Level.PRIVATE, 0, 0),
            new Rule("68.2", 8, Level.PRIVATE, 0, 0),
            new Rule("70.2", 2, Level.PRIVATE, 0, 0),
            new Rule("90", 3, Level.PRIVATE, 0, 0),
            new Rule("93", 2, Level.PRIVATE, 0, 0),
            new Rule("94", 3, Level.PRIVATE, 0, 0));

    private static final Pattern ROW = Pattern.compile("^\"[^\"]*\";\"(\\d{2}\\.\\d{3}) ([^\"]*)\";(\\d+)\\s*$");

    private SsbIndustries() {}

    static List<Industry> load() {
        try (InputStream in = SsbIndustries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Finner ikke " + RESOURCE + " på klassestien");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Industry> parse(InputStream in) throws IOException {
        List<Industry> industries = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                industries.add(classify(row.group(1), row.group(2), Integer.parseInt(row.group(3))));
            }
        }
        if (industries.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " inneholder ingen næringskoder");
        }
        return List.copyOf(industries);
    }

    private static Industry classify(String code, String description, int jobs) {
        Rule rule = longestMatch(RULES, code);
        Rule dormant = longestMatch(DORMANT, code);
        double publicShare = rule == null ? 0 : rule.publicShare();
        // Codes nobody works in are not used any more (or were never used in Norway).
        double dormantWeight = jobs == 0
                ? 0
                : Math.sqrt(jobs) * (dormant == null ? 1 : dormant.publicShare()) * (publicShare > 0.5 ? 0.2 : 1);
        return new Industry(
                code,
                description,
                jobs,
                publicShare,
                rule == null || publicShare == 0 ? Level.PRIVATE : rule.level(),
                rule == null ? 1 : rule.relativeSize(),
                rule == null ? 0.06 : rule.chainShare(),
                dormantWeight);
    }

    private static @Nullable Rule longestMatch(List<Rule> rules, String code) {
        return rules.stream()
                .filter(rule -> code.startsWith(rule.prefix()))
                .max(Comparator.comparingInt(rule -> rule.prefix().length()))
                .orElse(null);
    }

    private static Rule rule(String prefix, double publicShare, Level level, double relativeSize) {
        return new Rule(prefix, publicShare, level, relativeSize, 0.06);
    }

    private static Rule chain(String prefix, double relativeSize, double chainShare) {
        return new Rule(prefix, 0, Level.PRIVATE, relativeSize, chainShare);
    }
}
