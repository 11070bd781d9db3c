package no.iaverk.knowledge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.Suggestions;
import no.iaverk.knowledge.internal.SuggestionQueries.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * The suggestion rules as one table (documented in docs/knowledge-suggestions.md). A rule that fires for the
 * collaboration adds its weight and its reason to every item it matches. An item needs at least one of the
 * <em>finding</em> rules (programme, sick-leave pattern, needs assessment); level and evidence only order those.
 * Instruments are never suggested: the library's instruments are historical (2012–2013), not current law.
 */
public final class SuggestionRules {

    /** How many suggestions are shown. */
    public static final int LIMIT = 10;

    /** A share must lie this many percentage points above the benchmark's to count as high. */
    static final BigDecimal SHARE_MARGIN = new BigDecimal("5");
    /** The sick-leave percent must lie this many points above the benchmark's to count as high. */
    static final BigDecimal PERCENT_MARGIN = new BigDecimal("0.5");
    /** A rise of at least this many points from the same quarter a year before counts as rising. */
    static final BigDecimal RISE = new BigDecimal("0.5");
    /** A needs-assessment theme is weak when its mean agreement (1–5) is below this ("enig" is 4). */
    public static final BigDecimal WEAK_BELOW = new BigDecimal("4");

    static final Set<String> LONG_TERM_THEMES = Set.of("Langtidsfravær", "Retur til arbeid", "Tilbakeføringsprosesser");
    static final Set<String> SHORT_TERM_THEMES = Set.of("Korttidsfravær", "Hyppig fravær", "Egenmelding");
    static final Set<String> FOLLOW_UP_THEMES =
            Set.of("Sykefraværsoppfølging", "Oppfølging av sykmeldte", "Tilrettelegging", "Nærvær");
    /** The needs assessment's themes (bank_theme codes) and the library themes that answer them. */
    static final Map<String, Set<String>> SURVEY_THEMES = Map.of(
            "PARTY_COOPERATION", Set.of("Partssamarbeid", "Medvirkning"),
            "SICK_LEAVE_WORK", Set.of("Sykefraværsoppfølging", "Oppfølging av sykmeldte", "Rutiner"),
            "WORK_ENVIRONMENT", Set.of("Arbeidsmiljø", "Psykososialt arbeidsmiljø", "Kartlegging"));

    /** The collaboration's IA-service areas and the {@code serviceArea} of the IA services in them. */
    static final Map<String, String> SERVICE_AREAS = Map.of(
            "REDUCE_SICK_LEAVE", "Redusere sykefravær",
            "PREVENTIVE_WORK_ENVIRONMENT", "Forebyggende arbeidsmiljøarbeid",
            "HELSE_I_ARBEID", "HelseIArbeid");

    /** The rules: weight, and whether it is a finding (enough alone) or only orders the findings. */
    public enum Rule {
        PROGRAMME(3, true),
        LONG_TERM(3, true),
        SHORT_TERM(3, true),
        WEAK_THEME(3, true),
        ABOVE_BENCHMARK(1, true),
        RISING(1, true),
        SERVICE_AREA(1, true),
        LEVEL(1, false),
        /** An item made for another industry programme than the collaboration's: general items go before it. */
        OTHER_PROGRAMME(-2, false),
        /** Its weights depend on the strength: {@link #EVIDENCE_WEIGHT}. */
        EVIDENCE(0, false);

        final BigDecimal weight;
        final boolean finding;

        Rule(int weight, boolean finding) {
            this.weight = BigDecimal.valueOf(weight);
            this.finding = finding;
        }
    }

    /** The evidence rule's weights: a tie-breaker among items the findings chose. */
    static final Map<EvidenceStrength, BigDecimal> EVIDENCE_WEIGHT = Map.of(
            EvidenceStrength.STRONG, new BigDecimal("0.5"),
            EvidenceStrength.MODERATE, new BigDecimal("0.3"),
            EvidenceStrength.LIMITED, new BigDecimal("0.1"));

    /** A finding that fired: which items it matches and the sentence it gives them. */
    public record Finding(Rule rule, Predicate<Candidate> matches, String reason) {}

    private SuggestionRules() {}

    /**
     * The findings that fire for this collaboration. {@code texts} writes the reasons; {@code weakTheme} is the needs
     * assessment's weakest usable theme, or null.
     */
    public static List<Finding> findings(
            CollaborationProfile profile,
            SickLeavePattern pattern,
            CollaborationProfile.@Nullable ThemeResult weakTheme,
            SuggestionTexts texts) {
        List<Finding> findings = new ArrayList<>();
        String programme = profile.programme();
        if (programme != null) {
            findings.add(new Finding(
                    Rule.PROGRAMME,
                    item -> item.industryProgrammes().contains(programme),
                    texts.reason("programme", profile.programmeName() == null ? programme : profile.programmeName())));
        }
        var benchmark = pattern.benchmark();
        if (benchmark != null) {
            String compared = texts.benchmarkName(benchmark.kind());
            if (above(pattern.longTermShare(), benchmark.longTermShare(), SHARE_MARGIN)) {
                findings.add(new Finding(
                        Rule.LONG_TERM,
                        themed(LONG_TERM_THEMES),
                        texts.reason(
                                "longTerm",
                                texts.number(pattern.longTermShare()),
                                compared,
                                texts.number(benchmark.longTermShare()))));
            }
            if (above(pattern.shortTermShare(), benchmark.shortTermShare(), SHARE_MARGIN)) {
                findings.add(new Finding(
                        Rule.SHORT_TERM,
                        themed(SHORT_TERM_THEMES),
                        texts.reason(
                                "shortTerm",
                                texts.number(pattern.shortTermShare()),
                                compared,
                                texts.number(benchmark.shortTermShare()))));
            }
            if (above(pattern.percent(), benchmark.percent(), PERCENT_MARGIN)) {
                findings.add(new Finding(
                        Rule.ABOVE_BENCHMARK,
                        themed(FOLLOW_UP_THEMES),
                        texts.reason(
                                "aboveBenchmark",
                                texts.number(pattern.percent()),
                                compared,
                                texts.number(benchmark.percent()))));
            }
        }
        BigDecimal trend = pattern.trend();
        if (trend != null && trend.compareTo(RISE) >= 0) {
            var newest = pattern.window().get(0);
            findings.add(new Finding(
                    Rule.RISING,
                    themed(FOLLOW_UP_THEMES),
                    texts.reason("rising", texts.number(trend), newest.yearBefore(), newest)));
        }
        for (String area : profile.serviceAreas()) {
            String label = SERVICE_AREAS.get(area);
            if (label != null) {
                findings.add(new Finding(
                        Rule.SERVICE_AREA,
                        item -> label.equals(item.serviceArea()),
                        texts.reason("serviceArea", label)));
            }
        }
        if (weakTheme != null) {
            Set<String> words = SURVEY_THEMES.getOrDefault(weakTheme.code(), Set.of(weakTheme.name()));
            findings.add(new Finding(
                    Rule.WEAK_THEME,
                    themed(words).or(item -> weakTheme.code().equals(item.serviceTheme())),
                    texts.reason(
                            "weakTheme",
                            weakTheme.name(),
                            texts.number(weakTheme.meanAgreement()),
                            weakTheme.respondents())));
        }
        return findings;
    }

    /**
     * Ranks the items the findings match: summed weight (level, another programme and evidence included), then type,
     * title and id; at most {@link #LIMIT}, with the best item of every finding that fired among them.
     * {@code programme} is the collaboration's industry programme, or null.
     */
    public static List<Suggestions.Suggestion> rank(
            List<Candidate> candidates,
            List<Finding> findings,
            String level,
            @Nullable String programme,
            SuggestionTexts texts) {
        record Scored(Candidate item, BigDecimal score, List<String> reasons, Set<Rule> rules) {}
        List<Scored> scored = new ArrayList<>();
        for (Candidate item : candidates) {
            if (item.type() == KnowledgeType.INSTRUMENT) {
                continue;
            }
            List<Finding> matched =
                    findings.stream().filter(f -> f.matches().test(item)).toList();
            if (matched.isEmpty()) {
                continue;
            }
            BigDecimal score = BigDecimal.ZERO;
            List<String> reasons = new ArrayList<>();
            for (Finding finding : matched) {
                score = score.add(finding.rule().weight);
                reasons.add(finding.reason());
            }
            KnowledgeScope fitting = "TOP".equals(level) ? KnowledgeScope.ORGANISATION : KnowledgeScope.GROUP;
            if (item.scope() == fitting) {
                score = score.add(Rule.LEVEL.weight);
                reasons.add(texts.reason("level." + level));
            }
            if (!item.industryProgrammes().isEmpty()
                    && !item.industryProgrammes().contains(programme)) {
                score = score.add(Rule.OTHER_PROGRAMME.weight);
                reasons.add(texts.reason("otherProgramme"));
            }
            BigDecimal evidence = item.evidence() == null ? null : EVIDENCE_WEIGHT.get(item.evidence());
            if (evidence != null) {
                score = score.add(evidence);
                reasons.add(texts.reason("evidence", texts.evidenceName(item.evidence())));
            }
            scored.add(new Scored(
                    item, score, reasons, matched.stream().map(Finding::rule).collect(Collectors.toSet())));
        }
        Comparator<Scored> order = Comparator.comparing(Scored::score)
                .reversed()
                .thenComparing(s -> s.item().type().ordinal())
                .thenComparing(s -> s.item().title().toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.item().id());
        scored.sort(order);
        List<Scored> chosen = new ArrayList<>(scored.subList(0, Math.min(LIMIT, scored.size())));
        // Every finding that fired gets its best item on the list, in place of the lowest-ranked others.
        Map<Rule, Scored> bestOf = new EnumMap<>(Rule.class);
        scored.forEach(s -> s.rules().forEach(rule -> bestOf.putIfAbsent(rule, s)));
        for (var best : bestOf.entrySet()) {
            if (chosen.stream().noneMatch(s -> s.rules().contains(best.getKey()))) {
                Map<Rule, Long> holders = new LinkedHashMap<>();
                chosen.forEach(s -> s.rules().forEach(r -> holders.merge(r, 1L, Long::sum)));
                for (int i = chosen.size() - 1; i >= 0; i--) {
                    // Replace the lowest item whose every finding is also held by another chosen item.
                    if (chosen.get(i).rules().stream().allMatch(r -> holders.get(r) > 1)) {
                        chosen.remove(i);
                        break;
                    }
                }
                if (chosen.size() < LIMIT) {
                    chosen.add(best.getValue());
                }
            }
        }
        chosen.sort(order);
        return chosen.stream()
                .map(s -> new Suggestions.Suggestion(
                        s.item().id(), s.item().type(), s.item().title(), s.score(), List.copyOf(s.reasons())))
                .toList();
    }

    /** The theme with the lowest mean agreement among those with three or more respondents, if below «enig». */
    public static CollaborationProfile.@Nullable ThemeResult weakest(CollaborationProfile profile) {
        var assessment = profile.needsAssessment();
        if (assessment == null) {
            return null;
        }
        return assessment.themes().stream()
                .filter(t -> t.meanAgreement() != null)
                .min(Comparator.comparing((CollaborationProfile.ThemeResult t) -> t.meanAgreement())
                        .thenComparing(CollaborationProfile.ThemeResult::code))
                .filter(t -> t.meanAgreement().compareTo(WEAK_BELOW) < 0)
                .orElse(null);
    }

    private static Predicate<Candidate> themed(Set<String> words) {
        Set<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return item -> item.themes().stream().anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean above(@Nullable BigDecimal value, @Nullable BigDecimal benchmark, BigDecimal margin) {
        return value != null && benchmark != null && value.subtract(benchmark).compareTo(margin) >= 0;
    }
}
