package no.iaverk.trials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.trials.analysis.PowerCalculator;
import no.iaverk.trials.internal.ResidualSpreadStore;
import no.iaverk.trials.internal.ResidualSpreadStore.BandSpread;
import no.iaverk.trials.internal.ResidualSpreadStore.Publication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The power calculator: how many legal units a two-arm trial needs to detect an effect, with the residual spread the
 * trials' ANCOVA would leave (σ per size band from the national statistics, pooled by the eligible units' size mix),
 * and how many eligible legal units a rule set and filters give today. σ per band is computed once per publication of
 * the statistics and kept until the next.
 */
@Service
public class TrialPower {

    /** A band's σ resting on fewer legal units than this is withheld. */
    static final int MIN_LEGAL_UNITS = 30;

    static final PowerEstimate.Method METHOD = new PowerEstimate.Method(
            "ANCOVA_NORMAL_APPROXIMATION",
            "Legal units for a two-sided test of the arm difference in an ANCOVA of the four-quarter sick-leave percent"
                    + " on its baseline, by the normal approximation, with the residual standard deviation of each size"
                    + " band from the national statistics pooled by the eligible units' size mix and the effect diluted"
                    + " by the uptake (intention to treat).");

    private final ResidualSpreadStore store;
    private final PriorityList callList;
    private final PriorityFilters filters;

    private volatile Spread cached = new Spread(new Publication(-1, null), List.of(), List.of(), List.of());

    TrialPower(ResidualSpreadStore store, PriorityList callList, PriorityFilters filters) {
        this.store = store;
        this.callList = callList;
        this.filters = filters;
    }

    /** The national spread per size band, and the quarters it comes from, as of one publication. */
    record Spread(Publication publication, List<BandSpread> bands, List<String> baseline, List<String> followUp) {}

    /** Too few statistics for any size band's σ: 409. */
    public static final class TooFewStatistics extends ConflictException {
        TooFewStatistics() {
            super("Det er for lite statistikk ennå til å beregne spredningen: ingen størrelsesgruppe har minst "
                    + MIN_LEGAL_UNITS + " juridiske enheter med sykefravær både i de fire kvartalene før de siste fire"
                    + " og i de siste fire publiserte kvartalene.");
        }
    }

    @Transactional(readOnly = true)
    public PowerEstimate estimate(PowerRequest request, CurrentUser user) {
        List<String> workplaces = List.copyOf(
                new LinkedHashSet<>(callList.orgNumbers(filters.parse(request.callListParameters()), user)));
        Map<String, Integer> eligibleByBand = new HashMap<>();
        int eligible = 0;
        for (var count : store.eligibleLegalUnitsBySizeBand(workplaces)) {
            eligible += count.legalUnits();
            if (count.sizeBand() != null) {
                eligibleByBand.put(count.sizeBand(), count.legalUnits());
            }
        }

        Spread spread = spread();
        List<PowerEstimate.SizeBand> bands = new ArrayList<>();
        for (String band : ResidualSpreadStore.SIZE_BANDS) {
            BandSpread fit = spread.bands().stream()
                    .filter(b -> b.sizeBand().equals(band))
                    .findFirst()
                    .orElse(new BandSpread(band, 0, null));
            String withheld = fit.legalUnits() < MIN_LEGAL_UNITS
                    ? "FEWER_THAN_30_LEGAL_UNITS"
                    : fit.residualSd() == null ? "NO_BASELINE_SPREAD" : null;
            bands.add(new PowerEstimate.SizeBand(
                    band,
                    fit.legalUnits(),
                    withheld == null ? fit.residualSd() : null,
                    withheld,
                    eligibleByBand.getOrDefault(band, 0)));
        }
        List<PowerEstimate.SizeBand> withSd =
                bands.stream().filter(b -> b.residualSd() != null).toList();
        if (withSd.isEmpty()) {
            throw new TooFewStatistics();
        }
        boolean eligibleMix = withSd.stream().anyMatch(b -> b.eligible() > 0);
        double weighted = 0;
        double weights = 0;
        for (var band : withSd) {
            double weight = eligibleMix ? band.eligible() : band.legalUnits();
            weighted += weight * band.residualSd() * band.residualSd();
            weights += weight;
        }
        double residualSd = Math.sqrt(weighted / weights);

        PowerCalculator.Answer answer = PowerCalculator.unitsNeeded(new PowerCalculator.Question(
                residualSd, request.effect(), request.alpha(), request.power(), request.ratio(), request.uptake()));
        if (answer.referenceUnits() == Integer.MAX_VALUE || answer.armUnits() == Integer.MAX_VALUE) {
            throw new InvalidRequestException("Med disse verdiene trengs flere enn to milliarder juridiske enheter per"
                    + " arm; velg en større effekt, høyere andel som takker ja eller et annet forhold mellom armene.");
        }
        long total = (long) answer.referenceUnits() + answer.armUnits();
        return new PowerEstimate(
                request.effect(),
                request.alpha(),
                request.power(),
                request.uptake(),
                request.ratio(),
                residualSd,
                eligibleMix ? "ELIGIBLE" : "NATIONAL",
                bands,
                answer.dilutedEffect(),
                answer.referenceUnits(),
                answer.armUnits(),
                answer.armUnits(),
                total,
                eligible,
                workplaces.size(),
                eligible >= total,
                new PowerEstimate.Basis(spread.baseline(), spread.followUp()),
                METHOD);
    }

    /** The national spread, recomputed only when a quarter has been published since it was last computed. */
    private Spread spread() {
        Publication publication = store.publication();
        Spread current = cached;
        if (!current.publication().equals(publication)) {
            List<String> quarters = store.lastEightQuarters();
            int followUpFrom = Math.max(0, quarters.size() - 4);
            current = new Spread(
                    publication,
                    store.residualSpreadBySizeBand(),
                    List.copyOf(quarters.subList(0, followUpFrom)),
                    List.copyOf(quarters.subList(followUpFrom, quarters.size())));
            cached = current;
        }
        return current;
    }
}
