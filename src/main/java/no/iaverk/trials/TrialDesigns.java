package no.iaverk.trials;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.trials.internal.TrialStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A superuser designs a trial (a DRAFT). Every field is checked here, and every wrong one is named in one 400 with a
 * Norwegian message; the eligibility filters are read by the call list's own parser, so they mean what they mean there.
 */
@Service
@Transactional(readOnly = true)
public class TrialDesigns {

    /** Filters that order or page a call list: they do not change who is eligible, so a design does not keep them. */
    private static final Set<String> LIST_ONLY = Set.of("sort", "direction", "page", "size", "format", "ruleSet");

    private final TrialStore store;
    private final PriorityFilters filters;
    private final RuleSets ruleSets;
    private final Trials trials;
    private final Clock clock;

    TrialDesigns(TrialStore store, PriorityFilters filters, RuleSets ruleSets, Trials trials, Clock clock) {
        this.store = store;
        this.filters = filters;
        this.ruleSets = ruleSets;
        this.trials = trials;
        this.clock = clock;
    }

    @Transactional
    public Trial design(TrialDesign design, CurrentUser user) {
        requireSuperuser(user, "Bare en superbruker kan utforme et forsøk.");
        var errors = new InvalidFieldsException.Collector();
        String name = trimmed(design.name());
        String question = trimmed(design.question());
        errors.check(name.length() >= 1 && name.length() <= 200, "name", "Forsøket må ha et navn på 1–200 tegn.");
        errors.check(
                question.length() >= 1 && question.length() <= 2000,
                "question",
                "Oppgi spørsmålet forsøket skal besvare (1–2000 tegn).");
        errors.check(
                design.design() != null, "design", "Velg design: BEFORE_CONTACT (før kontakt) eller AMONG_WILLING.");
        List<Arm> arms = design.arms() == null ? List.of() : design.arms();
        errors.check(arms.size() >= 2 && arms.size() <= 4, "arms", "Et forsøk har 2–4 armer.");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            checkArm(arms.get(i), "arms[" + i + "].", codes, errors);
            checkOutreach(arms.get(i), design.design(), "arms[" + i + "].outreach", errors);
        }
        checkControlArms(arms, design.design(), errors);
        List<StratumFactor> strata = design.strata() == null ? List.of() : design.strata();
        errors.check(
                strata.size() <= 2
                        && Set.copyOf(strata.stream().filter(s -> s != null).toList())
                                        .size()
                                == strata.size(),
                "strata",
                "Stratifiser etter høyst to ulike av INDUSTRY_PROGRAMME, SIZE_BAND, COUNTY og BASELINE_TERTILE.");
        if (design.ruleSetId() != null) {
            try {
                ruleSets.get(design.ruleSetId(), user);
            } catch (InvalidRequestException | no.iaverk.shared.NotFoundException e) {
                errors.check(false, "ruleSetId", "Fant ikke regelsett " + design.ruleSetId() + " for din enhet.");
            }
        }
        Map<String, String> eligibility = eligibility(design.filters(), errors);
        errors.throwIfAny();
        long id = store.insert(
                name,
                question,
                design.design(),
                arms.stream().map(TrialDesigns::normalised).toList(),
                design.ruleSetId(),
                eligibility,
                strata,
                user.username(),
                clock.instant());
        return trials.get(id);
    }

    private static void checkArm(
            @Nullable Arm arm, String prefix, Set<String> codes, InvalidFieldsException.Collector errors) {
        if (arm == null) {
            errors.check(false, prefix + "code", "Armen mangler.");
            return;
        }
        String code = trimmed(arm.code());
        errors.check(
                code.matches("[A-Z0-9_]{1,30}"),
                prefix + "code",
                "Armens kode er 1–30 store bokstaver, sifre eller _ (som OFFER eller DIGITAL).");
        errors.check(
                code.isEmpty() || codes.add(code), prefix + "code", "To armer kan ikke ha samme kode «" + code + "».");
        String name = trimmed(arm.name());
        errors.check(name.length() >= 1 && name.length() <= 200, prefix + "name", "Armen må ha et navn på 1–200 tegn.");
        // The "no outreach" control arm gives no assistance: its form may be left out, and is checked when given.
        boolean formOptional = !arm.reachesOut();
        errors.check(
                (formOptional && arm.plannedMonths() == null)
                        || (arm.plannedMonths() != null && arm.plannedMonths() >= 1 && arm.plannedMonths() <= 60),
                prefix + "plannedMonths",
                "Planlagt varighet er 1–60 måneder.");
        errors.check(
                formOptional || arm.participation() != null,
                prefix + "participation",
                "Velg hvem som deltar: LEADERS_ONLY, PARTY_GROUP eller ALL_STAFF.");
        errors.check(
                formOptional || arm.digitalOnly() != null,
                prefix + "digitalOnly",
                "Oppgi om armen bare bruker digitale verktøy.");
        BigDecimal hours = arm.maxAdviserHours();
        errors.check(
                (formOptional && hours == null)
                        || hours != null
                                && hours.signum() >= 0
                                && hours.compareTo(BigDecimal.valueOf(10_000)) <= 0
                                && hours.stripTrailingZeros().scale() <= 1,
                prefix + "maxAdviserHours",
                "Taket for rådgivertimer er 0–10 000 timer med høyst én desimal.");
        String description = trimmed(arm.description());
        errors.check(
                description.length() >= 1 && description.length() <= 2000,
                prefix + "description",
                "Beskriv armens form for bistand (1–2000 tegn).");
        errors.check(
                arm.ratio() != null && arm.ratio() >= 1 && arm.ratio() <= 10,
                prefix + "ratio",
                "Tildelingsforholdet er et helt tall fra 1 til 10.");
    }

    private static Arm normalised(Arm arm) {
        return new Arm(
                trimmed(arm.code()),
                trimmed(arm.name()),
                arm.plannedMonths(),
                arm.participation(),
                arm.digitalOnly(),
                arm.maxAdviserHours(),
                trimmed(arm.description()),
                arm.ratio(),
                arm.reachesOut());
    }

    /** Only a trial randomised before contact has a "no outreach" arm: among the willing, everyone is assisted. */
    private static void checkOutreach(
            @Nullable Arm arm, @Nullable TrialKind design, String field, InvalidFieldsException.Collector errors) {
        errors.check(
                arm == null || arm.reachesOut() || design != TrialKind.AMONG_WILLING,
                field,
                "Bare et forsøk før kontakt (BEFORE_CONTACT) kan ha en arm uten oppsøking (outreach: false); blant"
                        + " de villige får alle bistand.");
    }

    /** Before contact: at most one control arm, and at least one arm that offers assistance, or nothing is compared. */
    private static void checkControlArms(
            List<Arm> arms, @Nullable TrialKind design, InvalidFieldsException.Collector errors) {
        long controls =
                arms.stream().filter(arm -> arm != null && !arm.reachesOut()).count();
        errors.check(controls <= 1, "arms", "Et forsøk har høyst én arm uten oppsøking (kontrollgruppen).");
        errors.check(
                design != TrialKind.BEFORE_CONTACT || arms.isEmpty() || controls < arms.size(),
                "arms",
                "Et forsøk før kontakt trenger minst én arm som tilbyr bistand (outreach: true).");
    }

    /**
     * The filters as text, one value per name (a list joined with commas, as {@code county=46,15}), checked by the
     * call list's parser: a wrong one is named as {@code filters.<name>}.
     */
    private Map<String, String> eligibility(
            @Nullable Map<String, Object> given, InvalidFieldsException.Collector errors) {
        Map<String, String> eligibility = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((key, value) -> {
                errors.check(
                        PriorityFilters.WHO_IS_ON_THE_LIST.contains(key) || LIST_ONLY.contains(key),
                        "filters." + key,
                        "Ukjent filter «" + key + "»; filtrene heter som i /api/prioritization.");
                // Another trial's arm as eligibility would randomise its units a second time and mix the contrasts.
                errors.check(
                        !PriorityFilters.TRIAL_CANDIDATE.equals(key),
                        "filters." + key,
                        "Hvem som er med i et forsøk, kan ikke avhenge av et annet forsøks tildeling.");
                if (value != null
                        && PriorityFilters.WHO_IS_ON_THE_LIST.contains(key)
                        && !PriorityFilters.TRIAL_CANDIDATE.equals(key)) {
                    String text = value instanceof List<?> list
                            ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                            : String.valueOf(value);
                    if (!text.isBlank()) {
                        eligibility.put(key, text.trim());
                    }
                }
            });
        }
        try {
            filters.parse(eligibility);
        } catch (no.iaverk.shared.InvalidParameterException e) {
            errors.check(false, "filters." + e.parameter(), String.valueOf(e.getMessage()));
        } catch (InvalidRequestException e) {
            errors.check(false, "filters", String.valueOf(e.getMessage()));
        }
        return eligibility;
    }

    static void requireSuperuser(CurrentUser user, String message) {
        if (!user.has(Role.SUPERUSER)) {
            throw new ForbiddenException(message);
        }
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }
}
