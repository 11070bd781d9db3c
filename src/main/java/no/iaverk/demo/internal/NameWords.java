package no.iaverk.demo.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Norwegian-looking names in the style of Brønnøysund's synthetic test data (adjective, adjective, noun, form),
 * chosen from a hash so that a unit's name depends only on the seed and the unit, not on the order they are asked for.
 */
final class NameWords {

    static final List<String> ADJECTIVES = split("""
        VÅRLIG STRENG SINDIG ULASTELIG ØKOLOGISK PEN VAKKER KURSIV SMIDIG KOMISK SPESIFIKK RYDDIG FORNEM
        FILOSOFISK ROLIG SAMTIDIG UTSTRAKT STABIL GRØNN HUMORISTISK NYTTIG GLAD OMTENKSOM GJESTFRI AKADEMISK
        HÅNDFAST TYDELIG PRESIS SKÅNSOM EPISK SIVILISERT EKTE MODIG FANTASIFULL TRYGG KVIKK STILLE LYSEBLÅ
        BLANK DRISTIG ELEGANT FLITTIG FROSTKLAR GYLDEN HARDFØR HØYLYTT IVRIG JEVN KLOK LUN MILD NØYSOM
        OPPRIKTIG PÅLITELIG RASK SOLID SPREK STERK TAPPER UREDD VENNLIG VIS ÆRLIG ØSTLIG VESTLIG NORDLIG
        SØRLIG BLID DYKTIG EVIG FRISK GAMMEL HURTIG KLAR LETT MORSOM NY ORDENTLIG POPULÆR RIKTIG SKARP SMART
        SOLRIK STOLT TRO UNIK VARM VILLIG BRATT DYP FJERN HELDIG KREATIV LOJAL MODERNE NÆR OPTIMISTISK
        PRAKTISK ROBUST SIKKER TRIVELIG
        """);

    static final List<String> NOUNS = split("""
        TIGER PIGGSVIN KATT BJØRN ISBJØRN LEOPARD STRUTS HUND EKORN FJELLREV ULV OTER MUS APE PUMA KAIMAN
        KROKODILLE INSEKT ELG HJORT REIN GAUPE JERV GREVLING HARE LEMEN SEL HVAL DELFIN LAKS TORSK SILD
        MAKRELL ØRN FALK HAUK UGLE RAVN KRÅKE MÅKE LUNDE SVANE TRANE STORK SPURV TROST MEIS HEGRE ALBATROSS
        PINGVIN SKILPADDE FROSK SALAMANDER HUMLE BIE MAUR SOMMERFUGL GRESSHOPPE SNEGL KREPS HUMMER KRABBE
        BLEKKSPRUT MANET KAMEL SEBRA GIRAFF ELEFANT NESEHORN FLODHEST LØVE GEPARD PANDA KOALA KENGURU BEVER
        MÅR RØYSKATT VASKEBJØRN MURMELDYR HAMSTER KANIN HEST ESEL KU SAU GEIT GRIS HØNE HANE AND GÅS KALKUN
        PAPEGØYE KOLIBRI FLAMINGO PELIKAN TUKAN OKAPI TAPIR
        """);

    /** The second word of a sole proprietorship: what the owner does. */
    private static final List<String> TRADES = split("""
        SNEKKER RØRLEGGER ELEKTRO MALER MURER TRANSPORT REGNSKAP KONSULENT DESIGN FOTO FRISØR GÅRD
        SKOGSDRIFT FISKE HÅNDVERK TJENESTER EIENDOM UTLEIE TAXI RENHOLD HAGE MUSIKK KUNST TERAPI TRENING
        DATA BYGG SERVICE IMPORT FRUE
        """);

    /** Municipal organisation units, as a municipality names its agencies. */
    static final List<String> AGENCIES = lines("""
        HELSE OG OMSORG
        OPPVEKST
        TEKNISK DRIFT
        BARNEHAGER
        SKOLER
        KULTUR
        EIENDOM
        VANN OG AVLØP
        HJEMMETJENESTEN
        SYKEHJEMSETATEN
        BARNEVERNTJENESTEN
        NAV
        SENTRALADMINISTRASJON
        BRANN OG REDNING
        PLAN OG BYGG
        HELSESTASJONEN
        PPT
        KOMMUNEREVISJON
        BOLIGTJENESTEN
        AKTIVITETSSENTER
        VOKSENOPPLÆRING
        KULTURSKOLE
        LEGEVAKT
        RUSTJENESTEN
        PSYKISK HELSE
        BYDEL NORD
        BYDEL SØR
        BYDEL ØST
        BYDEL VEST
        BYDEL SENTRUM
        """);

    private static final List<String> STATE_SUFFIXES = lines("""
        DIREKTORATET
        TILSYNET
        ETATEN
        SENTERET
        KONTORET
        FORVALTNINGEN
        HELSEFORETAK
        """);

    static final List<String> MINISTRIES = lines("""
        ARBEIDS- OG INKLUDERINGSDEPARTEMENTET
        BARNE- OG FAMILIEDEPARTEMENTET
        DIGITALISERINGS- OG FORVALTNINGSDEPARTEMENTET
        ENERGIDEPARTEMENTET
        FINANSDEPARTEMENTET
        FORSVARSDEPARTEMENTET
        HELSE- OG OMSORGSDEPARTEMENTET
        JUSTIS- OG BEREDSKAPSDEPARTEMENTET
        KLIMA- OG MILJØDEPARTEMENTET
        KOMMUNAL- OG DISTRIKTSDEPARTEMENTET
        KULTUR- OG LIKESTILLINGSDEPARTEMENTET
        KUNNSKAPSDEPARTEMENTET
        LANDBRUKS- OG MATDEPARTEMENTET
        NÆRINGS- OG FISKERIDEPARTEMENTET
        SAMFERDSELSDEPARTEMENTET
        UTENRIKSDEPARTEMENTET
        """);

    /** Place names for schools, kindergartens and nursing homes. */
    private static final List<String> PLACES = split("""
        BJØRKELI FURUSET HAUGEN SOLBAKKEN MOEN LIA NORDBY SØRBY VESTLI ØSTBY SKOGEN BRATTLI ÅSEN ENGA
        STRANDA TUNET BERG DALEN VIKA NESET HOLMEN BAKKELI FJELLHEIM SJØSIDEN LUNDEN RUSTAD KJELSÅS TOPPEN
        ELVEBAKKEN MYRA GRANLI EIKELI SENTRUM KIRKEBYEN STASJONSBYEN HAVNA SANDVIKA SKJOLD VOLLEN HOV
        """);

    /** What a public sub-unit is called after its place, by NACE prefix (longest first). */
    private static final List<String[]> KINDS =
            lines("""
                85.201 SKOLE
                85.20 SKOLE
                85.3 VIDEREGÅENDE SKOLE
                85.4 HØGSKOLE
                85.521 KULTURSKOLE
                88.911 BARNEHAGE
                88.913 SFO
                87.102 SYKEHJEM
                87.1 SYKEHJEM
                87.2 BOFELLESSKAP
                87.3 BOFELLESSKAP
                86.1 SYKEHUS
                86.901 HJEMMESYKEPLEIE
                86.903 HELSESTASJON
                88.1 HJEMMETJENESTE
                91.011 BIBLIOTEK
                84.25 BRANNSTASJON
                84.24 POLITISTASJON
                """).stream().map(line -> line.split(" ", 2)).toList();

    private NameWords() {}

    /** Words separated by spaces or line breaks. */
    private static List<String> split(String text) {
        return List.of(text.trim().split("\\s+"));
    }

    /** One entry per line, for entries with spaces in them. */
    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** «ADJECTIVE ADJECTIVE NOUN» from a hash. */
    static String words(long hash) {
        int first = SplitMix.pick(hash, ADJECTIVES.size());
        int second = SplitMix.pick(SplitMix.mix(hash ^ 1), ADJECTIVES.size() - 1);
        if (second >= first) {
            second++; // two different adjectives
        }
        return ADJECTIVES.get(first) + " " + ADJECTIVES.get(second) + " "
                + NOUNS.get(SplitMix.pick(SplitMix.mix(hash ^ 2), NOUNS.size()));
    }

    static String legalUnit(LegalForm form, long hash) {
        String words = words(hash);
        return switch (form) {
            case AS -> words + " AS";
            case ASA -> words + " ASA";
            case SA -> words + " SA";
            case DA -> words + " DA";
            case SF -> words + " SF";
            case NUF -> words + (SplitMix.pick(SplitMix.mix(hash), 4) == 0 ? " AB" : " LTD");
            case STI -> SplitMix.pick(SplitMix.mix(hash), 2) == 0 ? "STIFTELSEN " + words : words + " STIFTELSE";
            case ENK -> words + " " + TRADES.get(SplitMix.pick(SplitMix.mix(hash), TRADES.size()));
            case STATE_ORGL ->
                words + " " + STATE_SUFFIXES.get(SplitMix.pick(SplitMix.mix(hash), STATE_SUFFIXES.size()));
            default -> words;
        };
    }

    /** A c/o name in the style of the test data: «Avansertpåpasselig Koslivsstil». */
    static String person(long hash) {
        String first = ADJECTIVES.get(SplitMix.pick(hash, ADJECTIVES.size())).toLowerCase(Locale.ROOT);
        String last =
                NOUNS.get(SplitMix.pick(SplitMix.mix(hash ^ 3), NOUNS.size())).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + Character.toUpperCase(last.charAt(0))
                + last.substring(1);
    }

    /** «FURUSET SKOLE» for a school, or null when the industry has no such kind of place. */
    static @Nullable String publicPlace(String naceCode, long hash) {
        for (String[] kind : KINDS) {
            if (naceCode.startsWith(kind[0])) {
                return PLACES.get(SplitMix.pick(hash, PLACES.size())) + " " + kind[1];
            }
        }
        return null;
    }

    static String place(long hash) {
        return PLACES.get(SplitMix.pick(hash, PLACES.size()));
    }
}
