package no.iaverk.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.Suggestions;
import no.iaverk.knowledge.internal.SuggestionQueries.Candidate;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rule table and the pattern it reads, without a database: hand-made profiles and items. */
class SuggestionRulesTest {

    private static final List<Quarter> WINDOW =
            List.of(Quarter.of(2030, 4), Quarter.of(2030, 3), Quarter.of(2030, 2), Quarter.of(2030, 1));
    private final SuggestionTexts texts = new SuggestionTexts();

    @Test
    void high_short_term_leave_against_the_industry_when_the_programme_figure_is_withheld() {
        List<CollaborationProfile.Figures> benchmark = new ArrayList<>();
        for (Quarter q : WINDOW) {
            // The programme is withheld in one quarter, so the 2-digit industry is the benchmark.
            benchmark.add(figures("INDUSTRY_PROGRAMME", "TRANSPORT", q, q.quarter() == 2, "10", "100", "50", "50"));
            benchmark.add(figures("INDUSTRY", "49", q, false, "60", "1000", "24", "36"));
        }
        var profile = profile("UNIT", List.of(figuresOf("900000001", "8", "100", "6", "2")), benchmark);

        SickLeavePattern pattern = SickLeavePattern.of(profile);
        assertThat(pattern.benchmark()).isNotNull();
        assertThat(pattern.benchmark().kind()).isEqualTo("INDUSTRY");
        List<SuggestionRules.Finding> findings = SuggestionRules.findings(profile, pattern, null, texts);

        assertThat(findings)
                .extracting(SuggestionRules.Finding::rule)
                .containsExactly(
                        SuggestionRules.Rule.PROGRAMME,
                        SuggestionRules.Rule.SHORT_TERM,
                        SuggestionRules.Rule.ABOVE_BENCHMARK);
        assertThat(findings.get(1).reason())
                .isEqualTo(
                        "Korttidsfraværet (til og med 16 dager) er 75,0 % av de tapte dagsverkene, næringen 40,0 %.");
        assertThat(findings.get(2).reason())
                .isEqualTo("Sykefraværet de siste fire kvartalene er 8,0 %, næringen 6,0 %.");
    }

    @Test
    void a_workplace_masked_in_one_quarter_is_left_out_whole_and_the_rest_are_summed() {
        List<CollaborationProfile.Figures> rows = new ArrayList<>(figuresOf("900000001", "10", "100", "3", "7"));
        List<CollaborationProfile.Figures> small = new ArrayList<>(figuresOf("900000002", "50", "100", "50", "0"));
        small.set(0, figures("WORKPLACE", "900000002", WINDOW.get(0), true, null, null, null, null));
        rows.addAll(small);
        var profile = profile("TOP", List.of(rows), List.of());

        SickLeavePattern pattern = SickLeavePattern.of(profile);

        assertThat(pattern.used()).containsExactly("900000001");
        assertThat(pattern.withheld()).containsEntry("900000002", SickLeavePattern.MASKED);
        assertThat(pattern.percent()).isEqualByComparingTo("10");
        assertThat(pattern.longTermShare()).isEqualByComparingTo("70");
        assertThat(pattern.trend()).as("no figures a year before").isNull();
        assertThat(pattern.benchmark()).isNull();
        assertThat(SuggestionRules.findings(profile, pattern, null, texts))
                .extracting(SuggestionRules.Finding::rule)
                .containsExactly(SuggestionRules.Rule.PROGRAMME);
    }

    @Test
    void items_need_a_finding_instruments_never_come_and_every_finding_keeps_its_best_item_on_the_list() {
        List<Candidate> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(item("MEASURE-P" + i, KnowledgeType.MEASURE, List.of("TRANSPORT"), List.of("Ledelse")));
        }
        items.add(item("MEASURE-LONG", KnowledgeType.MEASURE, List.of(), List.of("Langtidsfravær")));
        items.add(item("INSTRUMENT-X", KnowledgeType.INSTRUMENT, List.of("TRANSPORT"), List.of("Langtidsfravær")));
        items.add(item("MEASURE-NONE", KnowledgeType.MEASURE, List.of(), List.of("Ledelse")));
        var findings = List.of(
                new SuggestionRules.Finding(
                        SuggestionRules.Rule.PROGRAMME,
                        c -> c.industryProgrammes().contains("TRANSPORT"),
                        "program"),
                new SuggestionRules.Finding(
                        SuggestionRules.Rule.LONG_TERM, c -> c.themes().contains("Langtidsfravær"), "lang"));

        List<Suggestions.Suggestion> ranked = SuggestionRules.rank(items, findings, "TOP", "TRANSPORT", texts);

        assertThat(ranked).hasSize(SuggestionRules.LIMIT);
        assertThat(ranked)
                .extracting(Suggestions.Suggestion::id)
                .contains("MEASURE-LONG")
                .doesNotContain("INSTRUMENT-X", "MEASURE-NONE");
        assertThat(ranked.get(0).score()).isEqualByComparingTo("4.5");
        assertThat(ranked.get(0).reasons())
                .containsExactly(
                        "program",
                        "Samarbeidet gjelder hele virksomheten, og dette er rettet mot organisasjonen.",
                        "Dokumentert effekt i kilden: sterk.");
    }

    @Test
    void an_item_made_for_another_programme_comes_after_a_general_one_and_says_why() {
        var longTerm = List.of(new SuggestionRules.Finding(
                SuggestionRules.Rule.LONG_TERM, c -> c.themes().contains("Langtidsfravær"), "lang"));
        List<Candidate> items = List.of(
                item("MEASURE-NURSING", KnowledgeType.MEASURE, List.of("SYKEHJEM"), List.of("Langtidsfravær")),
                item("MEASURE-GENERAL", KnowledgeType.MEASURE, List.of(), List.of("Langtidsfravær")));

        List<Suggestions.Suggestion> ranked = SuggestionRules.rank(items, longTerm, "UNIT", "BARNEHAGER", texts);

        assertThat(ranked).extracting(Suggestions.Suggestion::id).containsExactly("MEASURE-GENERAL", "MEASURE-NURSING");
        assertThat(ranked.get(1).score()).isEqualByComparingTo("1");
        assertThat(ranked.get(1).reasons()).containsExactly("lang", texts.text("reason.otherProgramme"));
        assertThat(SuggestionRules.rank(items, longTerm, "UNIT", "SYKEHJEM", texts))
                .as("for a nursing home it is its own programme's item: no penalty")
                .allSatisfy(s -> assertThat(s.score()).isEqualByComparingTo("3"));
    }

    private static Candidate item(String id, KnowledgeType type, List<String> programmes, List<String> themes) {
        return new Candidate(
                id,
                type,
                id,
                KnowledgeScope.ORGANISATION,
                programmes,
                themes,
                id.startsWith("MEASURE-P") ? EvidenceStrength.STRONG : null,
                null,
                null);
    }

    private static CollaborationProfile profile(
            String level,
            List<List<CollaborationProfile.Figures>> units,
            List<CollaborationProfile.Figures> benchmark) {
        List<CollaborationProfile.Unit> listed = units.stream()
                .map(rows -> new CollaborationProfile.Unit(rows.get(0).code(), null, "TRANSPORT", "49"))
                .toList();
        return new CollaborationProfile(
                1,
                1,
                "VESTLAND",
                "900000000",
                level,
                List.of(),
                listed,
                "TRANSPORT",
                "Rutebuss og persontrafikk",
                "49",
                WINDOW,
                units.stream().flatMap(List::stream).toList(),
                benchmark,
                null);
    }

    /** The workplace's four quarters, each with these figures. */
    private static List<CollaborationProfile.Figures> figuresOf(
            String org, String lost, String possible, String shortTerm, String longTerm) {
        return WINDOW.stream()
                .map(q -> figures("WORKPLACE", org, q, false, lost, possible, shortTerm, longTerm))
                .toList();
    }

    private static CollaborationProfile.Figures figures(
            String kind,
            String code,
            Quarter quarter,
            boolean masked,
            @Nullable String lost,
            @Nullable String possible,
            @Nullable String shortTerm,
            @Nullable String longTerm) {
        return new CollaborationProfile.Figures(
                kind,
                code,
                quarter,
                masked,
                number(masked ? null : lost),
                number(masked ? null : possible),
                number(masked ? null : shortTerm),
                number(masked ? null : longTerm));
    }

    private static @Nullable BigDecimal number(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
