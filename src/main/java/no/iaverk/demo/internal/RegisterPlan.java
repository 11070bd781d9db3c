package no.iaverk.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.demo.internal.NorwegianGeography.Municipality;
import no.iaverk.demo.internal.SsbIndustries.Industry;
import no.iaverk.demo.internal.SsbIndustries.Level;
import org.jspecify.annotations.Nullable;

/**
 * Who owns what, decided before a single record is written: a few primitive arrays per unit (about 30 bytes each),
 * so the national register plans in some 50 MB while the records themselves are only ever streamed.
 *
 * <p>Sub-units carry the jobs: every NACE code gets SSB's number of jobs, spread over units of skewed (lognormal)
 * size. Public industries go mostly to municipalities, county authorities or state bodies; private ones to a fresh
 * company or sole proprietorship each, or to one of the industry's chains, whose sizes are heavy-tailed (Pareto).
 */
final class RegisterPlan {

    static final int UNSET = -1;

    /** Employment and sub-unit counts of the real register, which smaller runs scale down. */
    static final int NATIONAL_SUB_UNITS = 600_000;

    static final int NATIONAL_LEGAL_UNITS = 1_100_000;
    static final int NATIONAL_SUB_UNITS_WITH_EMPLOYEES = 230_000;

    // Legal units, by position in the file (which is organisation number order).
    final int legalCount;
    final int[] legalOrg;
    final LegalForm[] legalForm;
    final int[] legalMunicipality;
    final int[] legalNace;
    final int[] legalEmployees;
    final int[] legalParent;
    /** Which agency of its municipality a municipal ORGL is, or which ministry. */
    final int[] legalOrdinal;

    // Sub-units, by position in the file.
    final int subCount;
    final int[] subNace;
    final int[] subEmployees;
    final int[] subOwner;
    final int[] subMunicipality;
    /** The first of its owner's sub-units in the file: it carries the owner's name. */
    final boolean[] subFirst;

    long employees;
    int subUnitsWithEmployees;

    private final SplitMix random;
    private final List<Industry> industries;
    private final NorwegianGeography geography;
    private final int administrationNace;
    private final int[] kommOf;
    private final Map<String, Integer> fylkOf = new HashMap<>();
    private final List<int[]> agenciesOf = new ArrayList<>();
    private final List<Integer> stateBodies = new ArrayList<>();
    private final Pool companies = new Pool();
    private final Pool soleProprietors = new Pool();
    /** Municipalities with a municipal sector: all of them, or in small runs the largest few. */
    private final List<Municipality> active;

    private final Weighted activeMunicipalities;

    private RegisterPlan(long seed, int legalCount, int subCount, List<Industry> industries, NorwegianGeography geo) {
        this.random = new SplitMix(seed);
        this.industries = industries;
        this.geography = geo;
        this.legalCount = legalCount;
        this.legalOrg = new int[legalCount];
        this.legalForm = new LegalForm[legalCount];
        this.legalMunicipality = filled(legalCount);
        this.legalNace = filled(legalCount);
        this.legalEmployees = new int[legalCount];
        this.legalParent = filled(legalCount);
        this.legalOrdinal = new int[legalCount];
        this.kommOf = filled(geo.municipalities().size());
        this.subCount = subCount;
        this.subNace = new int[subCount];
        this.subEmployees = new int[subCount];
        this.subOwner = new int[subCount];
        this.subMunicipality = new int[subCount];
        this.subFirst = new boolean[subCount];
        this.administrationNace = indexOf("84.110");
        this.active = geo.municipalities().stream()
                .sorted(Comparator.comparingDouble(Municipality::weight).reversed())
                .limit(Math.max(1, Math.min(geo.municipalities().size(), legalCount / 3000)))
                .sorted(Comparator.comparingInt(Municipality::index))
                .toList();
        double[] activeWeights = new double[geo.municipalities().size()];
        active.forEach(m -> activeWeights[m.index()] = m.weight());
        this.activeMunicipalities = new Weighted(activeWeights);
    }

    static RegisterPlan build(
            long seed, int legalCount, int subCount, List<Industry> industries, NorwegianGeography geo) {
        var plan = new RegisterPlan(seed, legalCount, subCount, industries, geo);
        var numbers = new OrgNumberWalk(seed, OrgNumberWalk.LEGAL_UNITS);
        for (int i = 0; i < legalCount; i++) {
            plan.legalOrg[i] = numbers.next();
        }
        plan.placeLegalUnits();
        plan.placeSubUnits();
        plan.linkOwners();
        return plan;
    }

    int administrationNace() {
        return administrationNace;
    }

    /** Public bodies at random positions first (they are few), then every other position gets a private form. */
    private void placeLegalUnits() {
        int[] positions = new int[legalCount];
        for (int i = 0; i < legalCount; i++) {
            positions[i] = i;
        }
        random.shuffle(legalCount, positions);
        int next = 0;
        int oslo = geography.municipalities().stream()
                .filter(m -> m.number().equals("0301"))
                .mapToInt(Municipality::index)
                .findFirst()
                .orElse(0);
        int state = positions[next++];
        set(state, LegalForm.STATE, oslo, administrationNace, UNSET);
        int[] ministries = new int[NameWords.MINISTRIES.size()];
        for (int k = 0; k < ministries.length; k++) {
            ministries[k] = positions[next++];
            set(ministries[k], LegalForm.STATE_ORGL, oslo, administrationNace, state);
            legalOrdinal[ministries[k]] = k + 1;
        }
        for (Municipality m : active) {
            kommOf[m.index()] = positions[next];
            set(positions[next++], LegalForm.KOMM, m.index(), administrationNace, UNSET);
        }
        for (Municipality m : active) {
            if (!m.county().equals("03") && !fylkOf.containsKey(m.county())) {
                // The county authority sits in the county's largest active municipality.
                Municipality seat = active.stream()
                        .filter(other -> other.county().equals(m.county()))
                        .max(Comparator.comparingDouble(Municipality::weight))
                        .orElseThrow();
                fylkOf.put(m.county(), positions[next]);
                set(positions[next++], LegalForm.FYLK, seat.index(), administrationNace, UNSET);
            }
        }
        while (agenciesOf.size() < geography.municipalities().size()) {
            agenciesOf.add(new int[0]);
        }
        for (Municipality m : active) {
            int count = (int) Math.max(1, Math.min(40, Math.round(6 * Math.sqrt(m.weight() / 7))));
            int[] agencies = new int[Math.min(count, Math.max(0, legalCount / 25 - next))];
            for (int k = 0; k < agencies.length; k++) {
                agencies[k] = positions[next++];
                set(agencies[k], LegalForm.MUNICIPAL_ORGL, m.index(), UNSET, kommOf[m.index()]);
                legalOrdinal[agencies[k]] = k;
            }
            agenciesOf.set(m.index(), agencies);
        }
        long scale = Math.max(1, Math.round(1800.0 * legalCount / NATIONAL_LEGAL_UNITS));
        for (int k = 0; k < scale; k++) {
            int body = positions[next++];
            set(body, LegalForm.STATE_ORGL, UNSET, UNSET, ministries[random.nextInt(ministries.length)]);
            stateBodies.add(body);
        }
        for (long k = Math.max(1, Math.round(30.0 * legalCount / NATIONAL_LEGAL_UNITS)); k > 0; k--) {
            int enterprise = positions[next++];
            set(enterprise, LegalForm.SF, UNSET, UNSET, UNSET);
            stateBodies.add(enterprise);
        }
        LegalForm[] privateForms = {
            LegalForm.AS,
            LegalForm.ENK,
            LegalForm.ANNA,
            LegalForm.NUF,
            LegalForm.DA,
            LegalForm.STI,
            LegalForm.SA,
            LegalForm.ASA
        };
        var formChoice = new Weighted(new double[] {0.45, 0.43, 0.04, 0.03, 0.025, 0.012, 0.01, 0.0002});
        for (; next < legalCount; next++) {
            LegalForm form = privateForms[formChoice.next(random)];
            set(positions[next], form, UNSET, UNSET, UNSET);
            (form == LegalForm.ENK ? soleProprietors : companies).add(positions[next]);
        }
    }

    private void placeSubUnits() {
        double[] jobWeights = industries.stream().mapToDouble(Industry::jobs).toArray();
        long nationalJobs = Math.round(Arrays.stream(jobWeights).sum());
        int[] jobs = Weighted.apportion(Math.round((double) nationalJobs * subCount / NATIONAL_SUB_UNITS), jobWeights);
        double[] unitWeights = new double[industries.size()];
        for (int c = 0; c < unitWeights.length; c++) {
            unitWeights[c] = jobs[c] / industries.get(c).relativeSize();
        }
        int[] employed = Weighted.apportion(
                Math.round((double) NATIONAL_SUB_UNITS_WITH_EMPLOYEES * subCount / NATIONAL_SUB_UNITS), unitWeights);
        long employedTotal = 0;
        for (int c = 0; c < employed.length; c++) {
            employed[c] = jobs[c] == 0 ? 0 : Math.max(1, Math.min(employed[c], jobs[c]));
            employedTotal += employed[c];
        }
        int[] dormant = Weighted.apportion(
                Math.max(0, subCount - employedTotal),
                industries.stream().mapToDouble(Industry::dormantWeight).toArray());
        int at = 0;
        for (int c = 0; c < industries.size() && at < subCount; c++) {
            int units = Math.min(employed[c], subCount - at);
            double[] sizes = new double[units];
            for (int i = 0; i < units; i++) {
                sizes[i] = random.lognormal(1.6);
            }
            // Every unit has one employee; the rest of the industry's jobs are shared out by the skewed weights.
            int[] extra = Weighted.apportion(Math.max(0, jobs[c] - units), sizes);
            var owners = new Owners(industries.get(c), units + dormant[c]);
            for (int i = 0; i < units; i++, at++) {
                placeSubUnit(at, c, 1 + extra[i], owners);
            }
            for (int i = 0; i < dormant[c] && at < subCount; i++, at++) {
                placeSubUnit(at, c, 0, owners);
            }
        }
        random.shuffle(at, subNace, subEmployees, subOwner, subMunicipality);
    }

    private void placeSubUnit(int at, int nace, int employeeCount, Owners owners) {
        Industry industry = industries.get(nace);
        Level level = random.chance(industry.publicShare()) ? industry.level() : Level.PRIVATE;
        if (level == Level.ADMINISTRATION) {
            double u = random.nextDouble();
            level = u < 0.55 ? Level.MUNICIPAL : u < 0.63 ? Level.COUNTY : Level.STATE;
        }
        int municipality;
        int owner;
        switch (level) {
            case MUNICIPAL, COUNTY -> {
                municipality = activeMunicipalities.next(random);
                Integer county = fylkOf.get(geography.get(municipality).county());
                int[] agencies = agenciesOf.get(municipality);
                if (level == Level.COUNTY && county != null) {
                    owner = county;
                } else if (agencies.length == 0 || random.chance(0.4)) {
                    owner = kommOf[municipality];
                } else {
                    owner = agencies[random.nextInt(agencies.length)];
                }
            }
            case STATE -> {
                municipality = geography.draw(random).index();
                owner = owners.state();
            }
            default -> {
                municipality = geography.draw(random).index();
                if (random.chance(industry.chainShare() * (employeeCount > 0 ? 1 : 0.5))) {
                    owner = owners.chain();
                } else if (employeeCount >= 10 || random.chance(0.7) || soleProprietors.isEmpty()) {
                    owner = companies.fresh(random);
                } else {
                    owner = soleProprietors.fresh(random);
                }
            }
        }
        subNace[at] = nace;
        subEmployees[at] = employeeCount;
        subOwner[at] = owner;
        subMunicipality[at] = municipality;
    }

    /** In file order: the first sub-unit of an owner gives it its name, industry and (if unset) municipality. */
    private void linkOwners() {
        boolean[] seen = new boolean[legalCount];
        for (int j = 0; j < subCount; j++) {
            int owner = subOwner[j];
            legalEmployees[owner] += subEmployees[j];
            employees += subEmployees[j];
            if (subEmployees[j] > 0) {
                subUnitsWithEmployees++;
            }
            if (!seen[owner]) {
                seen[owner] = true;
                subFirst[j] = true;
                if (legalMunicipality[owner] == UNSET) {
                    legalMunicipality[owner] = subMunicipality[j];
                }
                if (legalNace[owner] == UNSET) {
                    legalNace[owner] = subNace[j];
                }
            }
        }
    }

    /**
     * The owners of one industry's chains: a few companies (or state bodies) that own many of its sub-units, with
     * heavy-tailed (Pareto) shares. Made on first use, so industries without chains take no companies.
     */
    private final class Owners {
        private final Industry industry;
        private final int units;
        private int @Nullable [] chains;
        private @Nullable Weighted chainChoice;
        private int @Nullable [] bodies;
        private @Nullable Weighted bodyChoice;

        Owners(Industry industry, int units) {
            this.industry = industry;
            this.units = units;
        }

        int chain() {
            if (chains == null || chainChoice == null) {
                double chained = units * (1 - industry.publicShare()) * industry.chainShare();
                chains = new int[(int) Math.max(1, Math.round(chained / 12))];
                double[] weights = new double[chains.length];
                for (int k = 0; k < chains.length; k++) {
                    chains[k] = companies.fresh(random);
                    weights[k] = Math.min(random.pareto(1.1), 500);
                }
                chainChoice = new Weighted(weights);
            }
            return chains[chainChoice.next(random)];
        }

        int state() {
            if (bodies == null || bodyChoice == null) {
                bodies = new int[(int) Math.max(1, Math.round(units * industry.publicShare() / 15))];
                double[] weights = new double[bodies.length];
                for (int k = 0; k < bodies.length; k++) {
                    bodies[k] = stateBodies.get(random.nextInt(stateBodies.size()));
                    weights[k] = Math.min(random.pareto(1.1), 500);
                }
                bodyChoice = new Weighted(weights);
            }
            return bodies[bodyChoice.next(random)];
        }
    }

    /** Legal units in random order, handed out once each; when they run out, an owner gets one more sub-unit. */
    private static final class Pool {
        private int[] units = new int[1024];
        private int size;
        private int handedOut;

        void add(int unit) {
            if (size == units.length) {
                units = Arrays.copyOf(units, size * 2);
            }
            units[size++] = unit;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int fresh(SplitMix random) {
            if (handedOut < size) {
                return units[handedOut++];
            }
            return units[random.nextInt(size)];
        }
    }

    private void set(int unit, LegalForm form, int municipality, int nace, int parent) {
        legalForm[unit] = form;
        legalMunicipality[unit] = municipality;
        legalNace[unit] = nace;
        legalParent[unit] = parent;
    }

    private int indexOf(String code) {
        for (int c = 0; c < industries.size(); c++) {
            if (industries.get(c).code().equals(code)) {
                return c;
            }
        }
        return UNSET;
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, UNSET);
        return array;
    }
}
