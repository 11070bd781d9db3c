package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.iaverk.shared.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today's municipalities from {@code reference/}, weighted so that where people live is where enterprises are, with
 * the numbers they had before the 2024 reform, made-up postal codes in the county's range and street addresses.
 */
final class NorwegianGeography {

    record OldNumber(String number, String name) {}

    record Municipality(
            int index, String number, String name, String county, double weight, List<OldNumber> oldNumbers) {}

    record Address(String postalCode, String postalPlace, List<String> lines, String municipality, String number) {}

    /** Approximate population in thousands (2024) of the largest municipalities; the rest are drawn around 7 000. */
    private static final Map<String, Double> POPULATION = Map.ofEntries(
            Map.entry("0301", 717.0 * 1.3), // the capital has more head offices than its population suggests
            Map.entry("4601", 292.0),
            Map.entry("5001", 215.0),
            Map.entry("1103", 149.0),
            Map.entry("3201", 131.0),
            Map.entry("4204", 116.0),
            Map.entry("3301", 103.0),
            Map.entry("3203", 96.0),
            Map.entry("3205", 93.0),
            Map.entry("3107", 85.0),
            Map.entry("1108", 83.0),
            Map.entry("5501", 78.0),
            Map.entry("3907", 65.0),
            Map.entry("3207", 62.0),
            Map.entry("3105", 58.0),
            Map.entry("1508", 58.0),
            Map.entry("3905", 58.0),
            Map.entry("4003", 56.0),
            Map.entry("1804", 53.0),
            Map.entry("3103", 51.0),
            Map.entry("3909", 48.0),
            Map.entry("3222", 48.0),
            Map.entry("4203", 46.0),
            Map.entry("3118", 46.0),
            Map.entry("1149", 43.0),
            Map.entry("3209", 42.0),
            Map.entry("4626", 39.0),
            Map.entry("1106", 38.0),
            Map.entry("4001", 37.0),
            Map.entry("3411", 35.0),
            Map.entry("1506", 33.0),
            Map.entry("3101", 32.0),
            Map.entry("3403", 32.0),
            Map.entry("3407", 31.0),
            Map.entry("3305", 31.0),
            Map.entry("4627", 30.0));

    /** Postal codes by county: [from, to]. */
    private static final Map<String, int[]> POSTAL_RANGES = Map.ofEntries(
            Map.entry("03", new int[] {150, 1299}),
            Map.entry("11", new int[] {4000, 4399}),
            Map.entry("15", new int[] {6000, 6699}),
            Map.entry("18", new int[] {8000, 8999}),
            Map.entry("31", new int[] {1500, 1899}),
            Map.entry("32", new int[] {1300, 2099}),
            Map.entry("33", new int[] {3000, 3699}),
            Map.entry("34", new int[] {2200, 2999}),
            Map.entry("39", new int[] {3100, 3299}),
            Map.entry("40", new int[] {3600, 3999}),
            Map.entry("42", new int[] {4400, 4999}),
            Map.entry("46", new int[] {5000, 5999}),
            Map.entry("50", new int[] {7000, 7999}),
            Map.entry("55", new int[] {9000, 9499}),
            Map.entry("56", new int[] {9500, 9999}));

    private static final List<String> STREETS = List.of(
            "Stor",
            "Kirke",
            "Skole",
            "Industri",
            "Stasjons",
            "Strand",
            "Sjø",
            "Fjell",
            "Bjørke",
            "Furu",
            "Gran",
            "Eike",
            "Lien",
            "Hauge",
            "Bakke",
            "Mølle",
            "Sag",
            "Brygge",
            "Havne",
            "Dal",
            "Elve",
            "Fjord",
            "Nord",
            "Sør",
            "Øvre",
            "Nedre",
            "Prestegårds",
            "Meieri",
            "Verksted",
            "Tollbod",
            "Jernbane",
            "Torg",
            "Rådhus",
            "Park",
            "Skog",
            "Myr",
            "Åker",
            "Eng",
            "Løkke",
            "Kongens",
            "Dronning",
            "Solheim",
            "Breidablikk",
            "Fyrstikk",
            "Teglverks",
            "Smie",
            "Kvern",
            "Sentrum");
    private static final List<String> STREET_KINDS = List.of(
            "veien", "vegen", "gata", "gate", "bakken", "lia", "svingen", "tunet", "jordet", "stien", "allé",
            "plassen");

    private final List<Municipality> municipalities;
    private final Map<String, String> counties;
    private final Weighted byWeight;
    private final double oldNumberChance;

    NorwegianGeography(JsonMapper json) {
        Map<String, List<OldNumber>> oldNumbers = new LinkedHashMap<>();
        for (Map<String, String> change : Csv.read(resource("reference/municipality-changes.csv"), ',')) {
            oldNumbers
                    .computeIfAbsent(change.get("new_number"), n -> new ArrayList<>())
                    .add(new OldNumber(change.get("old_number"), upper(change.get("old_name"))));
        }
        List<Municipality> all = new ArrayList<>();
        for (JsonNode node : readArray(json, "reference/municipalities.json")) {
            String number = node.get("nummer").asString();
            all.add(new Municipality(
                    all.size(),
                    number,
                    upper(node.get("navnNorsk").asString()),
                    number.substring(0, 2),
                    weight(number),
                    List.copyOf(oldNumbers.getOrDefault(number, List.of()))));
        }
        this.municipalities = List.copyOf(all);
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (JsonNode node : readArray(json, "reference/counties.json")) {
            countyNames.put(
                    node.get("nummer").asString(), upper(node.get("navn").asString()));
        }
        this.counties = countyNames;
        this.byWeight =
                new Weighted(all.stream().mapToDouble(Municipality::weight).toArray());
        double total = all.stream().mapToDouble(Municipality::weight).sum();
        double withOld = all.stream()
                .filter(m -> !m.oldNumbers().isEmpty())
                .mapToDouble(Municipality::weight)
                .sum();
        // About 1 % of all records still carry a number from before the reform, as in the real files.
        this.oldNumberChance = withOld == 0 ? 0 : Math.min(1.0, 0.01 * total / withOld);
    }

    List<Municipality> municipalities() {
        return municipalities;
    }

    Municipality get(int index) {
        return municipalities.get(index);
    }

    /** County number → name in capitals, in the order of {@code counties.json}. */
    Map<String, String> counties() {
        return counties;
    }

    Municipality draw(SplitMix random) {
        return municipalities.get(byWeight.next(random));
    }

    /** An address in the municipality; now and then reported with the municipality's number from before 2024. */
    Address address(Municipality municipality, SplitMix random) {
        int[] range = POSTAL_RANGES.getOrDefault(municipality.county(), new int[] {1000, 9999});
        int span = range[1] - range[0] + 1;
        int postalCode;
        if (municipality.county().equals("03")) {
            postalCode = range[0] + random.nextInt(span); // Oslo is a county of its own and fills its whole range
        } else {
            int base = range[0] + SplitMix.pick(SplitMix.mix(Long.parseLong(municipality.number())), span - 40);
            postalCode = base + random.nextInt(40);
        }
        List<String> lines = new ArrayList<>(2);
        if (random.chance(0.01)) {
            lines.add("c/o " + NameWords.person(random.nextLong()));
        }
        String street =
                STREETS.get(random.nextInt(STREETS.size())) + STREET_KINDS.get(random.nextInt(STREET_KINDS.size()));
        int houseNumber = 1 + (int) Math.min(400, random.pareto(1.2) * 2);
        lines.add(street + " " + houseNumber
                + (random.chance(0.1) ? String.valueOf((char) ('A' + random.nextInt(6))) : ""));
        String number = municipality.number();
        String name = municipality.name();
        if (!municipality.oldNumbers().isEmpty() && random.chance(oldNumberChance)) {
            OldNumber old = municipality
                    .oldNumbers()
                    .get(random.nextInt(municipality.oldNumbers().size()));
            number = old.number();
            name = old.name();
        }
        return new Address("%04d".formatted(postalCode), municipality.name(), lines, name, number);
    }

    private static double weight(String number) {
        Double known = POPULATION.get(number);
        if (known != null) {
            return known;
        }
        // Not drawn from the seed: the map of Norway is the same in every generated register.
        double z = new SplitMix(Long.parseLong(number)).gaussian();
        return Math.min(28.0, 7.0 * StrictMath.exp(0.9 * z));
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static List<JsonNode> readArray(JsonMapper json, String path) {
        try (InputStream in = resource(path)) {
            List<JsonNode> nodes = new ArrayList<>();
            json.readTree(in).values().forEach(nodes::add);
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = NorwegianGeography.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Finner ikke " + path + " på klassestien");
        }
        return in;
    }
}
