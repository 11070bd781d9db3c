package no.iaverk.reports;

/**
 * The report's sectors (the mapping report's Tabell 5-1: Kommunal, Privat/ideell, Statlig, Statlig eid, Flere).
 *
 * <p>The rule, from Brønnøysund's institutional sector code (SSB, Standard for institusjonell sektorgruppering 2012),
 * read from the enterprise or, for a sub-unit, from its legal unit:
 *
 * <ul>
 *   <li>{@link #STATE_OWNED}: 1110 statlig eide foretak (state enterprises, SF) and 1120 statlig eide aksjeselskaper mv.
 *       — SSB's state-owned non-financial corporations;
 *   <li>otherwise the statistics sector NAV maps the code to ({@code reference_institutional_sector}, from
 *       {@code reference/institutional-sectors.csv}): 1 {@link #STATE} (6100 statsforvaltningen, 3100, 3900), 2
 *       {@link #MUNICIPAL} (6500 kommuneforvaltningen), 3 {@link #PRIVATE} (everything else, including the municipally
 *       owned companies 1510/1520 and the non-profits 7000, which the report counts as «Privat/ideell»);
 *   <li>an enterprise without a code counts in the register's statistics sector, and one unknown to the register as
 *       private, the register's default;
 *   <li>{@link #SEVERAL}: a collaboration whose listed units fall in more than one of the sectors above. The issue
 *       names it for TOP level ("a TOP-level collaboration whose units span sectors"); the report's Tabell 5-1 also has
 *       23 «Flere» at unit level, so the same rule holds there: each unit of a unit-level collaboration that spans
 *       sectors counts as SEVERAL.
 * </ul>
 */
public enum ReportSector {
    MUNICIPAL,
    PRIVATE,
    STATE,
    STATE_OWNED,
    SEVERAL
}
