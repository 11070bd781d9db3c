package no.iaverk.reports;

/**
 * The mapping report's industry categories (Tabell 5-2), in the report's order. An enterprise's category comes from the
 * rule table {@code report_industry_rule} (migration V28, which documents every rule and its source): its NACE code,
 * industry programme, organisation form and sector; a collaboration whose units span categories is
 * {@link #SEVERAL_INDUSTRIES}, and a municipal top-level one in «Flere» or «Andre bransjer» is
 * {@link #MUNICIPALITY_TOP_LEVEL} («Kommune overordnet»).
 */
public enum IndustryCategory {
    KINDERGARTENS, // Barnehage
    NURSING_HOMES, // Sykehjem
    HOSPITALS, // Sykehus
    EDUCATION, // Undervisning
    OFFICES, // Kontorarbeidsplasser
    CONSTRUCTION, // Bygg og anlegg
    MANUFACTURING, // Industri
    FOOD_INDUSTRY, // Næringsmiddelindustri
    RETAIL, // Varehandel
    BUS_AND_PASSENGER_TRANSPORT, // Rutebuss og persontrafikk
    PETROLEUM, // Petroleumsvirksomhet
    OTHER_MUNICIPAL_CARE, // Annen kommunal P&O
    MUNICIPALITY_TOP_LEVEL, // Kommune overordnet
    SEVERAL_INDUSTRIES, // Flere bransjer
    OTHER_INDUSTRIES // Andre bransjer
}
